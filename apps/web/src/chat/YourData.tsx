import { useState } from 'react';
import { trpc } from '../api/trpc';
import { describeError } from '../lib/errors';
import { ErrorText } from '../ui/ErrorText';

/** Download everything stored about the user, or delete it all (after a second, explicit click). */
export function YourData({ onDeleted }: { onDeleted: () => void }) {
  const utils = trpc.useUtils();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = trpc.profile.delete.useMutation({ onSuccess: onDeleted });

  const download = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const data = await utils.profile.export.fetch();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: 'prof-os-my-data.json' });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <h3>Your data</h3>
      <p className="hint">
        Everything Prof. OS keeps about you: your profile, questions, videos shown, and logged training.
      </p>
      <div className="data-actions">
        <button type="button" className="text-button" data-testid="export-data" disabled={exporting} onClick={download}>
          {exporting ? 'Preparing…' : 'Download my data'}
        </button>
        {!confirming && (
          <button
            type="button"
            className="text-button danger"
            data-testid="delete-data"
            onClick={() => setConfirming(true)}
          >
            Delete my data
          </button>
        )}
      </div>
      <ErrorText message={exportError ? describeError(exportError) : null} />
      {confirming && (
        <div className="confirm-delete" role="alertdialog" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">
            Delete your profile, questions, videos and logged training for good? This cannot be undone.
          </p>
          <button
            type="button"
            className="button button-small button-danger"
            data-testid="confirm-delete"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {remove.isPending ? 'Deleting…' : 'Delete everything'}
          </button>
          <button type="button" className="text-button" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
          <ErrorText message={remove.error ? describeError(remove.error) : null} />
        </div>
      )}
    </>
  );
}
