// The legal conditions an initiative must meet apart from its scores, as data with effective dates.
// Decree 13/2012/NĐ-CP (Điều lệ Sáng kiến), articles 3 and 4: a later regulation adds its own rows
// with a later validFrom and closes these with validTo — no code change.
export interface LegalGateData {
  code: string;
  regulation: string;
  titleVi: string;
  titleEn: string;
  questionVi: string;
  questionEn: string;
  /** "no" sends the submission to IP support (Techmart) instead of rejecting it */
  redirectsToIp?: boolean;
  validFrom: string;
  validTo?: string;
}

const DECREE_13 = 'Nghị định 13/2012/NĐ-CP';

export const LEGAL_GATES: readonly LegalGateData[] = [
  {
    code: 'd13-new-in-unit',
    regulation: DECREE_13,
    titleVi: 'Có tính mới trong phạm vi cơ sở',
    titleEn: 'New within the unit',
    questionVi:
      'Giải pháp chưa trùng với giải pháp đã được áp dụng, chưa được công bố, chưa nêu trong văn bản bắt buộc thực hiện tại cơ sở?',
    questionEn:
      'Is the solution not identical to one already applied, not already disclosed and not already required by the unit’s own rules?',
    validFrom: '2012-04-18',
  },
  {
    code: 'd13-applied',
    regulation: DECREE_13,
    titleVi: 'Đã được áp dụng hoặc áp dụng thử',
    titleEn: 'Applied or trial-applied',
    questionVi: 'Giải pháp đã được áp dụng hoặc áp dụng thử tại cơ sở và có khả năng mang lại lợi ích thiết thực?',
    questionEn: 'Has the solution been applied or trial-applied at the unit, with a real prospect of benefit?',
    validFrom: '2012-04-18',
  },
  {
    code: 'd13-benefit',
    regulation: DECREE_13,
    titleVi: 'Mang lại lợi ích thiết thực',
    titleEn: 'Brings real benefit',
    questionVi: 'Giải pháp mang lại hiệu quả kinh tế, kỹ thuật hoặc lợi ích xã hội được chứng minh?',
    questionEn: 'Does the solution bring demonstrated economic, technical or social benefit?',
    validFrom: '2012-04-18',
  },
  {
    code: 'd13-public-order',
    regulation: DECREE_13,
    titleVi: 'Không trái trật tự công cộng, đạo đức xã hội',
    titleEn: 'Not contrary to public order or morality',
    questionVi:
      'Giải pháp không trái với trật tự công cộng, đạo đức xã hội và không gây hại cho con người, môi trường?',
    questionEn:
      'Is the solution not contrary to public order or social morality, and harmless to people and the environment?',
    validFrom: '2012-04-18',
  },
  {
    code: 'd13-not-ip-protected',
    regulation: DECREE_13,
    titleVi: 'Chưa được bảo hộ sở hữu trí tuệ',
    titleEn: 'Not already protected as intellectual property',
    questionVi:
      'Giải pháp KHÔNG thuộc đối tượng đã được bảo hộ (sáng chế, giải pháp hữu ích, kiểu dáng…) hay đang nộp đơn bảo hộ?',
    questionEn: 'Is the solution NOT already protected (patent, utility solution, design…) or under an IP application?',
    redirectsToIp: true,
    validFrom: '2012-04-18',
  },
];
