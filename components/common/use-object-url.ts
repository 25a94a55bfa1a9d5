import { useEffect, useState } from 'preact/hooks';

/** A blob: URL for stored bytes, revoked when the component unmounts or the bytes change. */
export function useObjectUrl(bytes: ArrayBuffer, mime: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(new Blob([bytes], { type: mime }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [bytes, mime]);
  return url;
}
