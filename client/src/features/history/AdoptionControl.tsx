import { FormError } from '../../app/FormError.js';
import { useSubmit } from '../../app/useSubmit.js';
import { type DraftingState, setAdopted } from './historyApi.js';
import { adoptionText } from './historyText.js';

interface AdoptionControlProps {
  documentId: string;
  drafting: DraftingState;
  /** Whether the person may change it (owners); the others read the state only. */
  mayChange: boolean;
  onChanged(drafting: DraftingState): void;
}

/**
 * Whether the document was adopted ("Đã thông qua"), and for owners the button that says so or
 * takes it back. Once adopted the marker goes and no more drafts are frozen.
 */
export function AdoptionControl({ documentId, drafting, mayChange, onChanged }: AdoptionControlProps) {
  const { pending, error, run } = useSubmit();
  const adopted = drafting.adoptedAt !== null;

  return (
    <div className="adoption" data-testid="adoption" data-adopted={adopted}>
      <p className="adoption__state">{adoptionText(drafting)}</p>
      {mayChange && (
        <button
          type="button"
          className={adopted ? 'button' : 'button adoption__adopt'}
          disabled={pending}
          data-testid="adoption-button"
          onClick={() => void run(async () => onChanged(await setAdopted(documentId, !adopted)))}
        >
          {adopted ? 'Bỏ đánh dấu đã thông qua' : 'Đánh dấu đã thông qua'}
        </button>
      )}
      <FormError message={error} />
    </div>
  );
}
