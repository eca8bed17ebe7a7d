/**
 * Administrative procedures (thủ tục hành chính) the simulator serves and the desk
 * knows by code. Codes follow the national database's `n.nnnnnn` format; the list is
 * a training catalogue, to be checked against the National Database on Administrative
 * Procedures before any production use. Fees are in VND (0 = free).
 */
export interface ProcedureField {
  readonly code: string;
  readonly name: string;
}

/** Who may file a procedure in their own name: a person (citizens, certificate holders), a foreigner, an organisation. */
export type ApplicantFit = 'person' | 'foreigner' | 'organisation';

export interface Procedure {
  readonly code: string;
  readonly name: string;
  readonly field: ProcedureField;
  /** Statutory time limit in working days (0 = same day). */
  readonly workingDays: number;
  readonly feeVnd: number;
  readonly applicants: readonly ApplicantFit[];
  /** Youngest individual applicant in their own name (a parent or guardian files for younger ones). */
  readonly minAge: number;
}

export const PROCEDURE_FIELDS = {
  civil: { code: 'HT', name: 'Hộ tịch' },
  residence: { code: 'CT', name: 'Đăng ký, quản lý cư trú' },
  land: { code: 'DD', name: 'Đất đai' },
  construction: { code: 'XD', name: 'Hoạt động xây dựng' },
  business: { code: 'KD', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  labour: { code: 'LD', name: 'Lao động, tiền lương' },
  socialProtection: { code: 'BTXH', name: 'Bảo trợ xã hội' },
  justice: { code: 'CTH', name: 'Chứng thực' },
  judicialRecord: { code: 'LLTP', name: 'Lý lịch tư pháp' },
  traffic: { code: 'GT', name: 'Đường bộ' },
  foodSafety: { code: 'ATTP', name: 'An toàn thực phẩm' },
} as const satisfies Record<string, ProcedureField>;

const F = PROCEDURE_FIELDS;
const PERSON: readonly ApplicantFit[] = ['person'];
const PEOPLE: readonly ApplicantFit[] = ['person', 'foreigner'];
const ANYONE: readonly ApplicantFit[] = ['person', 'foreigner', 'organisation'];
const FIRMS: readonly ApplicantFit[] = ['organisation'];
const LAND: readonly ApplicantFit[] = ['person', 'organisation'];

const p = (
  code: string,
  name: string,
  field: ProcedureField,
  workingDays: number,
  feeVnd: number,
  applicants: readonly ApplicantFit[] = PERSON,
  minAge = 18,
): Procedure => ({ code, name, field, workingDays, feeVnd, applicants, minAge });

export const PROCEDURES: readonly Procedure[] = [
  p('1.001193', 'Đăng ký khai sinh', F.civil, 0, 0, PEOPLE),
  p('1.000894', 'Đăng ký kết hôn', F.civil, 0, 0, PEOPLE),
  p('1.000656', 'Đăng ký khai tử', F.civil, 0, 0, PEOPLE),
  p('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', F.civil, 3, 0, PERSON, 16),
  p('1.004859', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', F.civil, 3, 0, PERSON, 14),
  p('1.004837', 'Đăng ký giám hộ', F.civil, 3, 0, PERSON),
  p('1.001022', 'Đăng ký nhận cha, mẹ, con', F.civil, 3, 0, PEOPLE),
  p('2.000635', 'Cấp bản sao Trích lục hộ tịch', F.civil, 0, 8_000, PEOPLE, 14),
  p('1.004194', 'Đăng ký thường trú', F.residence, 7, 20_000, PERSON, 14),
  p('1.004222', 'Đăng ký tạm trú', F.residence, 3, 15_000, PERSON, 14),
  p('1.004206', 'Xóa đăng ký thường trú', F.residence, 1, 0, PERSON, 14),
  p('1.004219', 'Khai báo tạm vắng', F.residence, 1, 0, PERSON, 14),
  p('1.004216', 'Tách hộ', F.residence, 3, 10_000, PERSON),
  p('1.003003', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', F.land, 10, 30_000, LAND),
  p('1.004227', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', F.land, 20, 100_000, LAND),
  p('1.005194', 'Chuyển mục đích sử dụng đất phải được phép', F.land, 15, 50_000, LAND),
  p('2.000889', 'Tách thửa hoặc hợp thửa đất', F.land, 15, 40_000, LAND),
  p('1.004203', 'Đính chính Giấy chứng nhận đã cấp', F.land, 10, 0, LAND),
  p('1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', F.construction, 15, 75_000, PERSON),
  p('1.009995', 'Cấp giấy phép xây dựng sửa chữa, cải tạo nhà ở riêng lẻ', F.construction, 15, 75_000, PERSON),
  p('1.009997', 'Gia hạn giấy phép xây dựng', F.construction, 5, 15_000, PERSON),
  p('2.000720', 'Đăng ký thành lập hộ kinh doanh', F.business, 3, 100_000, PERSON),
  p('2.000575', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', F.business, 3, 50_000, PERSON),
  p('2.000644', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', F.business, 3, 0, PERSON),
  p('1.001612', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', F.socialProtection, 5, 0, ANYONE),
  p('1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', F.socialProtection, 10, 0, PERSON),
  p('1.000105', 'Đăng ký nội quy lao động của doanh nghiệp', F.labour, 7, 0, FIRMS),
  p('1.001823', 'Giải quyết hưởng trợ cấp thất nghiệp', F.labour, 20, 0, PEOPLE, 15),
  p('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', F.justice, 0, 2_000, ANYONE, 14),
  p('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', F.justice, 0, 10_000, PEOPLE, 14),
  p('2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', F.justice, 2, 50_000, ANYONE),
  p('2.000488', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', F.judicialRecord, 10, 200_000, PEOPLE, 14),
  p('1.002809', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', F.traffic, 5, 135_000, PEOPLE),
  p('1.001777', 'Cấp giấy phép thi công công trình đường bộ trên đường bộ đang khai thác', F.traffic, 7, 0, FIRMS),
  p('2.000591', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', F.foodSafety, 20, 500_000, LAND),
];

const BY_CODE = new Map(PROCEDURES.map((proc) => [proc.code, proc]));
export const procedureByCode = (code: string): Procedure | undefined => BY_CODE.get(code);
