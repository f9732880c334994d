// The fact streams insights knows: which events feed each one, and whether any service produces
// those events yet. An indicator over a planned stream is shown as "no data source yet", not as 0.

export interface SourceStream {
  code: string;
  name: { vi: string; en: string };
  /** the topics and event types that feed it (for planned streams: the events the producer will publish) */
  events: string[];
  /** attributes a filter may use, with their values */
  attributes: Record<string, string[]>;
  /** true once a service publishes these events and the projector handles them */
  available: boolean;
}

export const SOURCE_STREAMS: readonly SourceStream[] = [
  {
    code: 'techmart.listing',
    name: { vi: 'Tin đăng Techmart được công bố', en: 'Techmart listings published' },
    events: [
      'techmart.offer.v1: sti.techmart.v1.OfferPublished, OfferArchived',
      'techmart.need.v1: sti.techmart.v1.NeedPublished, NeedArchived',
      'techmart.expert.v1: sti.techmart.v1.ExpertPublished, ExpertArchived',
    ],
    attributes: {
      listingType: ['technology', 'equipment', 'need', 'expert'],
      channel: ['intake', 'direct'],
      archived: ['true', 'false'],
    },
    available: true,
  },
  {
    code: 'initiatives.record',
    name: { vi: 'Sáng kiến trong kho dữ liệu tập trung', en: 'Initiatives in the central repository' },
    events: ['initiatives.repository.v1: sti.initiatives.v1.RecordPublished, RecordWithdrawn'],
    attributes: { origin: ['campaign', 'import'] },
    available: true,
  },
  {
    code: 'techmart.match',
    name: { vi: 'Nhu cầu được kết nối cung ứng', en: 'Needs matched to suppliers' },
    events: ['techmart.match.v1 (planned, issue 13)'],
    attributes: {},
    available: false,
  },
  {
    code: 'techmart.connection',
    name: { vi: 'Kết nối cung – cầu', en: 'Supply–demand connections' },
    events: ['techmart.connection.v1 (planned, issue 13)'],
    attributes: {},
    available: false,
  },
  {
    code: 'techmart.deal',
    name: { vi: 'Hợp đồng chuyển giao công nghệ', en: 'Technology deals' },
    events: ['techmart.deal.v1: DealSigned (planned, issue 13)'],
    attributes: {},
    available: false,
  },
  {
    code: 'techmart.intermediary',
    name: { vi: 'Tổ chức trung gian thị trường KH&CN', en: 'S&T market intermediaries' },
    events: ['techmart.organisation.v1: intermediary recognition (planned)'],
    attributes: {},
    available: false,
  },
  {
    code: 'initiatives.submission',
    name: { vi: 'Hồ sơ sáng kiến', en: 'Initiative submissions' },
    events: ['initiatives.submission.v1: SubmissionSubmitted (planned, issue 10)'],
    attributes: {},
    available: false,
  },
  {
    code: 'ip.request',
    name: { vi: 'Yêu cầu hỗ trợ sở hữu trí tuệ', en: 'IP support requests' },
    events: ['ip-support.request.v1 (planned)'],
    attributes: { right: ['patent', 'utility-solution', 'industrial-design', 'trademark', 'geographical-indication'] },
    available: false,
  },
  {
    code: 'ip.filing',
    name: { vi: 'Đơn đăng ký sở hữu trí tuệ', en: 'IP filings' },
    events: ['ip-support.filing.v1: FilingSubmitted (planned)'],
    attributes: { right: ['patent', 'utility-solution', 'industrial-design', 'trademark', 'geographical-indication'] },
    available: false,
  },
  {
    code: 'ip.certificate',
    name: { vi: 'Văn bằng bảo hộ được cấp', en: 'IP certificates granted' },
    events: ['ip-support.filing.v1: CertificateGranted (planned)'],
    attributes: { right: ['patent', 'utility-solution', 'industrial-design', 'trademark', 'geographical-indication'] },
    available: false,
  },
  {
    code: 'ip.subsidy',
    name: { vi: 'Kinh phí hỗ trợ', en: 'Subsidies' },
    events: ['ip-support.subsidy.v1: SubsidyCommitted, SubsidyPaid (planned)'],
    attributes: { stage: ['committed', 'paid'] },
    available: false,
  },
  {
    code: 'ip.ocop',
    name: { vi: 'Sản phẩm OCOP được hỗ trợ', en: 'OCOP products supported' },
    events: ['ipsupport.ocop.v1: sti.ipsupport.v1.OcopProductEnrolled, OcopBarcodeIssued, OcopMarkRegistered'],
    attributes: {
      kind: ['product', 'barcode', 'mark'],
      category: ['food', 'beverage', 'herbal', 'handicraft', 'textile', 'tourism_service'],
    },
    available: true,
  },
  {
    code: 'incubation.contest',
    name: { vi: 'Cuộc thi khởi nghiệp', en: 'Start-up contests' },
    events: ['incubation.contest.v1: ContestOpened, ApplicationReceived (planned, issue 12)'],
    attributes: { kind: ['contest', 'applicant'] },
    available: false,
  },
  {
    code: 'incubation.startup',
    name: { vi: 'Doanh nghiệp khởi nghiệp được ươm tạo', en: 'Start-ups incubated' },
    events: ['incubation.cohort.v1: StartupAdmitted (planned, issue 12)'],
    attributes: {},
    available: false,
  },
  {
    code: 'enterprise.certification',
    name: { vi: 'Doanh nghiệp được chứng nhận', en: 'Certified enterprises' },
    events: ['enterprise certifications (planned): S&T enterprise, high-tech enterprise'],
    attributes: { certification: ['st-enterprise', 'high-tech'] },
    available: false,
  },
  {
    code: 'enterprise.innovation',
    name: { vi: 'Doanh nghiệp có hoạt động đổi mới sáng tạo', en: 'Innovating firms' },
    events: ['innovation survey or certification events (planned)'],
    attributes: {},
    available: false,
  },
];

export function sourceStream(code: string): SourceStream | undefined {
  return SOURCE_STREAMS.find((s) => s.code === code);
}
