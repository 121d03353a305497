/** Prints the page with the browser (print CSS: A4, the application's menus hidden). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
