/**
 * What to ask before the window closes while actions wait. Closing is always safe —
 * the actions stay in the database and go out at the next start — so this only informs.
 */
export interface ClosePrompt {
  readonly buttons: [string, string];
  readonly message: string;
  readonly detail: string;
}

export function closePrompt(waiting: number, language: 'vi' | 'en'): ClosePrompt | null {
  if (waiting <= 0) return null;
  const vi = `${waiting} thao tác đang chờ gửi. Chúng vẫn được lưu trên máy và sẽ tự gửi khi mở lại ứng dụng. Vẫn đóng?`;
  const en = `${waiting} action${waiting === 1 ? ' is' : 's are'} waiting to be sent. They stay saved on this PC and are sent when the app opens again. Close anyway?`;
  return language === 'vi'
    ? { buttons: ['Vẫn đóng', 'Không đóng'], message: vi, detail: en }
    : { buttons: ['Close anyway', 'Keep open'], message: en, detail: vi };
}
