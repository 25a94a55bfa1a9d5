/** Hands a file to the browser's downloads (the extension has no `downloads` permission to ask for). */
export function downloadFile(fileName: string, contents: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Firefox starts the download after the click returns; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
