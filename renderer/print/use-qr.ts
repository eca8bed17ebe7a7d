import { useEffect, useState } from 'react';
import { toDataURL } from 'qrcode';

/** The text as a QR code PNG data URL (CSP allows img-src data:); null until drawn. */
export function useQrDataUrl(text: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 160 })
      .then((made) => live && setUrl(made))
      .catch(() => live && setUrl(null));
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}
