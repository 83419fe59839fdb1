import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../ui/alert';
import { Dialog } from '../ui/dialog';
import type { Upload } from './labels';
import { useDeleteUpload } from './queries';

/**
 * The uploader deletes their own upload, after a confirmation. The server decides: an upload under a
 * legal hold, or one whose review has started, is refused, and the refusal is shown as it comes.
 */
export function DeleteUpload({ upload }: { upload: Upload }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteUpload();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete</h2>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        Delete this upload
      </button>
      <Dialog title="Delete this upload?" open={open} onClose={() => setOpen(false)}>
        <p>
          Its file and everything made from it are destroyed for good (the encryption keys are erased). Only a
          record that it existed stays.
        </p>
        <ErrorAlert error={remove.error} />
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(upload.id, { onSuccess: () => navigate('/uploads', { replace: true }) })
          }
        >
          Delete for good
        </button>
      </Dialog>
    </section>
  );
}
