import { diffValues, formatValue, humanizeKey } from './format';

/** Before | After for the keys that changed; unchanged keys are only counted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { rows, unchanged } = diffValues(before, after);
  if (rows.length === 0) {
    return <p className="text-sm text-fg-muted">No recorded details for this change.</p>;
  }
  const onlyAfter = before === null || before === undefined;
  const onlyBefore = after === null || after === undefined;
  return (
    <div>
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Changed values</caption>
        <thead>
          <tr className="text-xs text-fg-subtle">
            <th scope="col" className="w-1/4 pb-2 font-medium">
              Field
            </th>
            {onlyAfter ? null : (
              <th scope="col" className="pb-2 font-medium">
                Before
              </th>
            )}
            {onlyBefore ? null : (
              <th scope="col" className="pb-2 font-medium">
                After
              </th>
            )}
          </tr>
        </thead>
        <tbody className="align-top">
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-line">
              <th scope="row" className="py-2 pr-3 font-medium break-words text-fg">
                {humanizeKey(row.key)}
              </th>
              {onlyAfter ? null : (
                <td className="py-2 pr-3">
                  <span className="rounded bg-red-50 px-1.5 py-0.5 font-mono text-xs break-words whitespace-pre-wrap text-red-900 dark:bg-red-400/10 dark:text-red-200">
                    {formatValue(row.before)}
                  </span>
                </td>
              )}
              {onlyBefore ? null : (
                <td className="py-2">
                  <span className="rounded bg-emerald-50 px-1.5 py-0.5 font-mono text-xs break-words whitespace-pre-wrap text-emerald-900 dark:bg-emerald-400/10 dark:text-emerald-200">
                    {formatValue(row.after)}
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {unchanged > 0 ? (
        <p className="mt-2 text-xs text-fg-subtle">
          {unchanged} unchanged {unchanged === 1 ? 'field' : 'fields'} not shown.
        </p>
      ) : null}
    </div>
  );
}
