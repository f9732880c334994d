// The new-contest form: what was typed, its checks (the service's rules, said before sending) and the
// body of POST /contests. Dates are calendar days in Asia/Ho_Chi_Minh: a round opens at 00:00 of its
// first day and closes at 23:59:59 of its last, Vietnam time.

export interface ContestForm {
  title: string;
  year: string;
  description: string;
  communeCode: string;
  communeOpens: string;
  communeCloses: string;
  provinceCode: string;
  provinceOpens: string;
  provinceCloses: string;
  /** one question per line */
  questions: string;
}

type Problem = { vi: string; en: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^\d{2,5}$/;

export const opensAt = (day: string) => `${day}T00:00:00+07:00`;
export const closesAt = (day: string) => `${day}T23:59:59+07:00`;

export function questionsOf(text: string): string[] {
  return text
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
}

export function validateContestForm(f: ContestForm): Record<string, Problem> {
  const e: Record<string, Problem> = {};
  const title = f.title.trim();
  if (title.length < 5 || title.length > 300)
    e.title = { vi: 'Tên cuộc thi gồm 5–300 ký tự.', en: 'The title has 5–300 characters.' };
  if (!/^\d{4}$/.test(f.year.trim())) e.year = { vi: 'Nhập năm, ví dụ 2026.', en: 'Enter a year, e.g. 2026.' };
  if (!CODE.test(f.communeCode.trim()))
    e.communeCode = { vi: 'Nhập mã xã bằng chữ số.', en: 'Enter the commune code in digits.' };
  if (!DAY.test(f.communeOpens)) e.communeOpens = { vi: 'Chọn ngày mở.', en: 'Choose the opening day.' };
  if (!DAY.test(f.communeCloses) || (DAY.test(f.communeOpens) && f.communeCloses < f.communeOpens))
    e.communeCloses = { vi: 'Ngày đóng không trước ngày mở.', en: 'The closing day is not before the opening day.' };
  const province = f.provinceOpens || f.provinceCloses;
  if (province) {
    if (!CODE.test(f.provinceCode.trim()))
      e.provinceCode = { vi: 'Nhập mã tỉnh bằng chữ số.', en: 'Enter the province code in digits.' };
    if (!DAY.test(f.provinceOpens)) e.provinceOpens = { vi: 'Chọn ngày mở.', en: 'Choose the opening day.' };
    if (!DAY.test(f.provinceCloses) || f.provinceCloses < f.provinceOpens)
      e.provinceCloses = { vi: 'Ngày đóng không trước ngày mở.', en: 'The closing day is not before the opening day.' };
    else if (DAY.test(f.communeCloses) && f.provinceOpens <= f.communeCloses)
      e.provinceOpens = {
        vi: 'Vòng tỉnh mở sau khi vòng xã đóng.',
        en: 'The province round opens after the commune round closes.',
      };
  }
  const qs = questionsOf(f.questions);
  if (qs.length === 0 || qs.length > 30)
    e.questions = { vi: 'Nhập 1–30 câu hỏi, mỗi dòng một câu.', en: 'Enter 1–30 questions, one per line.' };
  else if (qs.some((q) => q.length > 200))
    e.questions = { vi: 'Mỗi câu hỏi tối đa 200 ký tự.', en: 'Each question has at most 200 characters.' };
  return e;
}

export function contestBody(f: ContestForm) {
  const title = f.title.trim();
  const rounds = [
    {
      level: 'commune' as const,
      localityCode: f.communeCode.trim(),
      title: `Vòng cấp xã — ${title}`.slice(0, 300),
      opensAt: opensAt(f.communeOpens),
      closesAt: closesAt(f.communeCloses),
      advanceCount: f.provinceOpens ? 3 : 0,
    },
  ];
  if (f.provinceOpens)
    rounds.push({
      level: 'province' as never,
      localityCode: f.provinceCode.trim(),
      title: `Vòng cấp tỉnh — ${title}`.slice(0, 300),
      opensAt: opensAt(f.provinceOpens),
      closesAt: closesAt(f.provinceCloses),
      advanceCount: 0,
    });
  return {
    title,
    year: Number(f.year.trim()),
    description: f.description.trim(),
    formFields: questionsOf(f.questions).map((q, i) => ({
      key: `q${i + 1}`,
      label: { vi: q, en: q },
      type: 'textarea' as const,
      required: true,
      maxLength: 4000,
    })),
    rounds,
  };
}
