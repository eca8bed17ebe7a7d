/**
 * Runs in the preview page (as an init script, top frame only): a permanent banner above the
 * app saying this is the renderer in the system's Chromium, not the packaged app. It sits in
 * the page's own flow, before the app's root, so it never covers a screen.
 */
export const PREVIEW_BANNER_TEXT = {
  vi: 'BẢN XEM TRƯỚC: giao diện chạy trong Chromium của máy, không phải ứng dụng đã đóng gói',
  en: 'PREVIEW: the app running in this machine’s Chromium, not the packaged app',
} as const;

export function previewBannerScript(): string {
  const text = JSON.stringify(`${PREVIEW_BANNER_TEXT.vi} · ${PREVIEW_BANNER_TEXT.en}`);
  return `(() => {
  if (window.top !== window.self) return;
  const add = () => {
    if (document.getElementById('desk-preview-banner')) return;
    const banner = document.createElement('div');
    banner.id = 'desk-preview-banner';
    banner.setAttribute('role', 'note');
    banner.textContent = ${text};
    Object.assign(banner.style, { background: '#5b2a86', color: '#ffffff', font: '600 13px/1.6 system-ui, sans-serif', padding: '2px 12px', textAlign: 'center' });
    document.body.prepend(banner);
  };
  if (document.body) add(); else document.addEventListener('DOMContentLoaded', add, { once: true });
})();`;
}
