import { PRODUCT_NAME } from '../../shared/domain/product';
/** Vietnamese for the "storage" namespace: the start-up progress screen. */
export const storageVi = {
  title: 'Đang chuẩn bị dữ liệu trên máy',
  intro: {
    reencrypt: `${PRODUCT_NAME} đang chuyển cơ sở dữ liệu trên máy sang cách mã hóa mới. Hồ sơ, công dân và các thao tác đang chờ gửi được giữ nguyên.`,
    migrate: `${PRODUCT_NAME} đang cập nhật cơ sở dữ liệu trên máy cho phiên bản mới. Hồ sơ, công dân và các thao tác đang chờ gửi được giữ nguyên.`,
  },
  keepOn: 'Vui lòng không tắt máy. Nếu máy bị tắt giữa chừng, lần mở sau sẽ làm tiếp, không mất dữ liệu.',
  steps: {
    copy: 'Sao chép cơ sở dữ liệu',
    encrypt: 'Mã hóa lại bản sao',
    check: 'Kiểm tra số bản ghi của bản sao',
    swap: 'Thay bản cũ bằng bản mới',
    migrate: 'Cập nhật cấu trúc dữ liệu',
  },
  stepOf: 'Bước {{n}}/{{total}}: {{step}}',
  starting: 'Đang bắt đầu…',
  finished: `Hoàn tất. Đang mở ${PRODUCT_NAME}…`,
  progressLabel: 'Tiến độ chuẩn bị dữ liệu',
};
