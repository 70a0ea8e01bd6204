// pdfkit with its font engine is a few hundred modules, and the server starts and answers most
// requests without printing anything: the renderers that are not loaded lazily as a whole (those
// the routes import) load it on their first document, and keep it.
import type PDFDocumentModule from 'pdfkit';

let loading: Promise<typeof PDFDocumentModule> | undefined;

export function loadPdfKit(): Promise<typeof PDFDocumentModule> {
  loading ??= import('pdfkit').then((module) => module.default);
  return loading;
}
