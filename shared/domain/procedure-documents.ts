/**
 * The documents an applicant brings for each procedure in the training catalogue
 * (procedures.ts), shown at intake as a checklist and recorded with the dossier. Drawn from
 * the usual dossier components of each procedure; check against the National Database on
 * Administrative Procedures before production use.
 */
import type { LocalizedText } from '../validation';

export interface RequiredDocument {
  readonly id: string;
  readonly name: LocalizedText;
}

const d = (id: string, vi: string, en: string): RequiredDocument => ({ id, name: { vi, en } });

// Documents many procedures share, declared once.
const ID_CARD = d('id-card', 'Thẻ căn cước / CCCD hoặc hộ chiếu (xuất trình)', 'Identity card or passport (shown)');
const POWER = d('power-of-attorney', 'Văn bản ủy quyền (nếu nộp thay)', 'Power of attorney (when filing for someone else)');
const RESIDENCE_FORM = d('ct01', 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 'Residence information change form (CT01)');
const HOUSING_PROOF = d('housing-proof', 'Giấy tờ chứng minh chỗ ở hợp pháp', 'Proof of lawful accommodation');
const LAND_CERT = d('land-certificate', 'Bản gốc Giấy chứng nhận đã cấp', 'Original land use right certificate');
const LAND_FORM = d('land-form', 'Đơn đăng ký (mẫu số 11/ĐK)', 'Registration application (form 11/ĐK)');
const BUILD_FORM = d('building-form', 'Đơn đề nghị cấp giấy phép xây dựng', 'Building permit application');
const BUILD_DRAWINGS = d('building-drawings', 'Hai bộ bản vẽ thiết kế xây dựng', 'Two sets of construction drawings');
const HKD_FORM = d('hkd-form', 'Giấy đề nghị đăng ký hộ kinh doanh', 'Household business registration request');
const ORIGINAL = d('original', 'Bản chính giấy tờ, văn bản cần chứng thực', 'Original of the document to be certified');
const BUSINESS_REG = d('business-registration', 'Giấy chứng nhận đăng ký doanh nghiệp (bản sao)', 'Enterprise registration certificate (copy)');

const docs = (...items: RequiredDocument[]): readonly RequiredDocument[] => items;

/** Per procedure code; every procedure in the catalogue has its list (checked by a test). */
export const PROCEDURE_DOCUMENTS: Readonly<Record<string, readonly RequiredDocument[]>> = {
  '1.001193': docs(d('birth-form', 'Tờ khai đăng ký khai sinh', 'Birth registration form'), d('birth-certificate', 'Giấy chứng sinh', 'Certificate of birth (from the hospital)'), ID_CARD),
  '1.000894': docs(d('marriage-form', 'Tờ khai đăng ký kết hôn', 'Marriage registration form'), d('marital-status', 'Giấy xác nhận tình trạng hôn nhân (nếu đăng ký thường trú nơi khác)', 'Marital status certificate (if resident elsewhere)'), ID_CARD),
  '1.000656': docs(d('death-form', 'Tờ khai đăng ký khai tử', 'Death registration form'), d('death-notice', 'Giấy báo tử hoặc giấy tờ thay giấy báo tử', 'Death notice or equivalent'), ID_CARD),
  '1.004873': docs(d('status-form', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Marital status certificate request'), d('divorce-decision', 'Bản án/quyết định ly hôn (nếu đã ly hôn)', 'Divorce judgment (if divorced)'), ID_CARD),
  '1.004859': docs(d('change-form', 'Tờ khai đăng ký thay đổi, cải chính hộ tịch', 'Civil status change form'), d('civil-record', 'Giấy khai sinh / giấy tờ hộ tịch cần sửa', 'Civil status record to be changed'), d('change-evidence', 'Giấy tờ làm căn cứ thay đổi, cải chính', 'Evidence for the change'), ID_CARD),
  '1.004837': docs(d('guardian-form', 'Tờ khai đăng ký giám hộ', 'Guardianship registration form'), d('guardian-appointment', 'Văn bản cử người giám hộ', 'Guardian appointment document'), ID_CARD),
  '1.001022': docs(d('parentage-form', 'Tờ khai đăng ký nhận cha, mẹ, con', 'Parentage recognition form'), d('parentage-evidence', 'Chứng cứ chứng minh quan hệ cha, mẹ, con', 'Evidence of the parent–child relationship'), ID_CARD),
  '2.000635': docs(d('extract-request', 'Tờ khai cấp bản sao trích lục hộ tịch', 'Request for a civil status extract'), ID_CARD, POWER),
  '1.004194': docs(RESIDENCE_FORM, HOUSING_PROOF, d('owner-consent', 'Văn bản đồng ý của chủ hộ / chủ sở hữu chỗ ở', 'Consent of the household head or owner'), ID_CARD),
  '1.004222': docs(RESIDENCE_FORM, HOUSING_PROOF, ID_CARD),
  '1.004206': docs(RESIDENCE_FORM, d('removal-evidence', 'Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú', 'Evidence for removing the permanent residence'), ID_CARD),
  '1.004219': docs(d('absence-form', 'Tờ khai thay đổi thông tin cư trú (khai báo tạm vắng)', 'Residence form (temporary absence)'), ID_CARD),
  '1.004216': docs(RESIDENCE_FORM, d('split-consent', 'Ý kiến đồng ý tách hộ của chủ hộ', 'Household head\'s consent to the split'), ID_CARD),
  '1.003003': docs(LAND_FORM, LAND_CERT, d('transfer-contract', 'Hợp đồng, văn bản chuyển quyền đã công chứng/chứng thực', 'Notarised transfer contract'), d('tax-declaration', 'Tờ khai thuế, lệ phí trước bạ', 'Tax and registration fee declaration')),
  '1.004227': docs(d('land-first-form', 'Đơn đăng ký, cấp Giấy chứng nhận (mẫu 04a/ĐK)', 'Application for a first certificate (form 04a/ĐK)'), d('land-origin', 'Giấy tờ về nguồn gốc sử dụng đất', 'Documents on the origin of the land use'), d('cadastral-extract', 'Trích lục / trích đo bản đồ địa chính', 'Cadastral map extract'), ID_CARD),
  '1.005194': docs(d('purpose-form', 'Đơn xin chuyển mục đích sử dụng đất', 'Application to change the land use purpose'), LAND_CERT),
  '2.000889': docs(d('split-form', 'Đơn đề nghị tách thửa, hợp thửa', 'Application to split or merge plots'), LAND_CERT, d('split-drawing', 'Bản vẽ tách thửa, hợp thửa', 'Plot split or merge drawing')),
  '1.004203': docs(d('correction-form', 'Đơn đề nghị đính chính Giấy chứng nhận', 'Application to correct the certificate'), LAND_CERT),
  '1.009994': docs(BUILD_FORM, d('land-right-proof', 'Giấy tờ chứng minh quyền sử dụng đất', 'Proof of the land use right'), BUILD_DRAWINGS),
  '1.009995': docs(BUILD_FORM, d('ownership-proof', 'Giấy tờ chứng minh quyền sở hữu nhà ở', 'Proof of house ownership'), BUILD_DRAWINGS, d('current-photos', 'Ảnh chụp hiện trạng công trình', 'Photos of the building as it is')),
  '1.009997': docs(d('extension-form', 'Đơn đề nghị gia hạn giấy phép xây dựng', 'Application to extend the building permit'), d('permit-original', 'Bản chính giấy phép xây dựng đã cấp', 'Original building permit')),
  '2.000720': docs(HKD_FORM, d('hkd-members', 'Danh sách thành viên hộ gia đình (nếu có)', 'List of household members (if any)'), ID_CARD),
  '2.000575': docs(d('hkd-change', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'Notice of change to the household business registration'), d('hkd-certificate', 'Bản chính Giấy chứng nhận đăng ký hộ kinh doanh', 'Original household business certificate'), ID_CARD),
  '2.000644': docs(d('hkd-suspend', 'Thông báo tạm ngừng / tiếp tục kinh doanh', 'Notice of suspension or resumption'), ID_CARD),
  '1.001612': docs(d('burial-form', 'Tờ khai đề nghị hỗ trợ chi phí mai táng', 'Burial support request'), d('death-certificate', 'Bản sao giấy chứng tử', 'Copy of the death certificate'), ID_CARD),
  '1.001776': docs(d('allowance-form', 'Tờ khai đề nghị trợ giúp xã hội', 'Social assistance request'), d('allowance-evidence', 'Giấy tờ chứng minh thuộc đối tượng bảo trợ xã hội', 'Evidence of eligibility'), ID_CARD),
  '1.000105': docs(d('rules-letter', 'Văn bản đề nghị đăng ký nội quy lao động', 'Request to register the labour rules'), d('labour-rules', 'Nội quy lao động', 'Labour rules'), d('union-opinion', 'Văn bản góp ý của tổ chức đại diện người lao động', 'Opinion of the employees\' representative body'), BUSINESS_REG),
  '1.001823': docs(d('unemployment-form', 'Đề nghị hưởng trợ cấp thất nghiệp', 'Unemployment benefit request'), d('contract-end', 'Quyết định thôi việc / chấm dứt hợp đồng lao động', 'Termination of the labour contract'), d('social-insurance-book', 'Sổ bảo hiểm xã hội', 'Social insurance book'), ID_CARD),
  '2.000815': docs(ORIGINAL, d('copies', 'Bản sao cần chứng thực', 'Copies to be certified'), ID_CARD),
  '2.000884': docs(d('signed-paper', 'Giấy tờ, văn bản cần chứng thực chữ ký', 'Document whose signature is to be certified'), ID_CARD),
  '2.001035': docs(d('contract-draft', 'Dự thảo hợp đồng, giao dịch', 'Draft contract or transaction'), d('asset-papers', 'Giấy tờ về tài sản (Giấy chứng nhận, đăng ký xe…)', 'Papers for the asset (certificate, vehicle registration…)'), ID_CARD),
  '2.000488': docs(d('record-form', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Judicial record request form'), ID_CARD, POWER),
  '1.002809': docs(d('licence-form', 'Đơn đề nghị đổi giấy phép lái xe', 'Driving licence exchange request'), d('health-certificate', 'Giấy khám sức khỏe của người lái xe', 'Driver\'s health certificate'), d('licence-original', 'Bản chính giấy phép lái xe cần đổi', 'Original licence to be exchanged'), ID_CARD),
  '1.001777': docs(d('works-form', 'Đơn đề nghị cấp giấy phép thi công', 'Road works permit application'), d('works-design', 'Hồ sơ thiết kế, biện pháp thi công được duyệt', 'Approved design and works method'), BUSINESS_REG),
  '2.000591': docs(d('food-form', 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện ATTP', 'Food safety certificate application'), d('food-premises', 'Bản thuyết minh cơ sở vật chất, trang thiết bị', 'Description of premises and equipment'), d('food-training', 'Giấy xác nhận đủ sức khỏe và kiến thức ATTP', 'Health and food-safety training certificates'), BUSINESS_REG),
};

/** The checklist for a procedure; empty for a code the catalogue does not know. */
export const documentsFor = (procedureCode: string): readonly RequiredDocument[] => PROCEDURE_DOCUMENTS[procedureCode] ?? [];
