// A modal confirmation before a destructive or irreversible action: the native <dialog> (focus is
// trapped and Escape cancels), the safe choice focused first, the action's button named by what it does.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(p: ConfirmDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (p.open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!p.open && dialog.open) dialog.close();
  }, [p.open]);
  return (
    <dialog
      ref={ref}
      className="admin-dialog"
      aria-labelledby={p.open ? titleId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        p.onCancel();
      }}
    >
      {p.open && (
        <>
          <h2 id={titleId}>{p.title}</h2>
          <div className="admin-dialog-body">{p.children}</div>
          <div className="form-actions">
            <button ref={cancelRef} type="button" className="btn btn-secondary" onClick={p.onCancel}>
              {t('admin.common.cancel')}
            </button>
            <button
              type="button"
              className={p.danger ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={p.busy}
              onClick={p.onConfirm}
            >
              {p.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
