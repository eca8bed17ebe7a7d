/** The CLI's exit codes: scripts and IT tools branch on them, so each has one meaning. */
export const EXIT = {
  done: 0,
  error: 1,
  usage: 2,
  actionsWaiting: 3,
  signInNeeded: 4,
  forbidden: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_MEANINGS: Readonly<Record<ExitCode, { vi: string; en: string }>> = {
  0: { vi: 'xong', en: 'done' },
  1: { vi: 'lỗi (thông báo trên stderr)', en: 'error (the message is on stderr)' },
  2: { vi: 'sai cách dùng (lệnh hoặc tùy chọn)', en: 'usage error (verb or flag)' },
  3: { vi: 'còn thao tác chờ gửi lên Cổng', en: 'actions are still waiting to be delivered' },
  4: { vi: 'cần đăng nhập (--officer và mật khẩu)', en: 'sign-in needed (--officer and a password)' },
  5: { vi: 'vai trò của cán bộ không được dùng lệnh này', en: "the officer's role does not allow this command" },
};
