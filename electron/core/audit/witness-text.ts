import type { AuditWitness } from '../../../shared/contract/supervisor';
import type { LocalizedText } from '../../../shared/validation';

const SOURCE: Record<AuditWitness['source'], LocalizedText> = {
  portal: { vi: 'đối chiếu với biên nhận Cổng dịch vụ công đã cấp cho máy này', en: 'checked against the receipts the portal issued to this PC' },
  stored_unreachable: {
    vi: 'không kết nối được Cổng: chỉ đối chiếu với biên nhận có chữ ký của Cổng lưu trên máy này',
    en: "the portal could not be reached: checked only against the portal-signed receipts stored on this PC",
  },
  stored_not_signed_in: {
    vi: 'chưa có cán bộ đăng nhập để hỏi Cổng: chỉ đối chiếu với biên nhận có chữ ký của Cổng lưu trên máy này',
    en: "no officer signed in to ask the portal: checked only against the portal-signed receipts stored on this PC",
  },
  unavailable_dialect: {
    vi: 'Cổng OpenCPS không có chức năng lưu đầu chuỗi nhật ký: KHÔNG neo được nhật ký kiểm toán vào Cổng',
    en: 'an OpenCPS portal has no audit receipt endpoint: anchoring the audit log to the portal is UNAVAILABLE',
  },
  no_key: {
    vi: 'chưa cấu hình khoá công khai của Cổng (portal.receiptPublicKey): không kiểm được biên nhận',
    en: "the portal's public key is not configured (portal.receiptPublicKey): receipts cannot be checked",
  },
};

const PROBLEM: Record<AuditWitness['problems'][number]['problem'], LocalizedText> = {
  mismatch: { vi: 'Cổng đã xác nhận một mã băm khác (dòng bị viết lại)', en: 'the portal receipted another hash (row rewritten)' },
  missing_row: { vi: 'Cổng đã xác nhận dòng này nhưng máy không còn (chuỗi bị cắt)', en: 'the portal receipted this row but it is gone here (chain cut)' },
  forged: { vi: 'biên nhận không có chữ ký hợp lệ của Cổng (giả mạo)', en: "the receipt does not carry the portal's valid signature (forged)" },
  unknown_to_portal: { vi: 'biên nhận lưu trên máy nhưng Cổng không hề cấp (ghim lại)', en: 'a receipt stored here that the portal never issued (re-pinned)' },
};

/** The witness part of `desk audit verify` and of the export footer, in both languages. */
export function witnessLines(w: AuditWitness): LocalizedText[] {
  const lines: LocalizedText[] = [{ vi: `Nhân chứng: ${SOURCE[w.source].vi}.`, en: `Witness: ${SOURCE[w.source].en}.` }];
  for (const p of w.problems.slice(0, 5)) {
    lines.push({ vi: `Dòng #${p.seq} (biên nhận ${p.receiptId}): ${PROBLEM[p.problem].vi}.`, en: `Row #${p.seq} (receipt ${p.receiptId}): ${PROBLEM[p.problem].en}.` });
  }
  if (w.problems.length > 5) lines.push({ vi: `… và ${w.problems.length - 5} vấn đề khác.`, en: `… and ${w.problems.length - 5} more problems.` });
  lines.push(
    w.anchoredSeq > 0
      ? { vi: `Đã neo vào Cổng đến dòng #${w.anchoredSeq}; ${w.unanchoredRows} dòng sau đó chưa được Cổng xác nhận.`, en: `Anchored with the portal up to row #${w.anchoredSeq}; ${w.unanchoredRows} rows after it not yet receipted.` }
      : { vi: `Chưa dòng nào được Cổng xác nhận: ${w.unanchoredRows} dòng chưa neo.`, en: `No row receipted by the portal yet: ${w.unanchoredRows} rows not anchored.` },
  );
  return lines;
}
