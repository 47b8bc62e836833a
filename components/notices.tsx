/** Says what was ignored in the address, so a mistyped link is explained rather than silently changed. */
export function Notices({ notices }: { notices: string[] }) {
  if (!notices.length) return null;
  return (
    <div
      role="status"
      className="mb-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
