import { useEffect, useId, useState } from 'react';
import { CARET_PALETTE } from './caretPalette.js';
import { MAX_NAME_LENGTH, normalizeName } from './Identity.js';
import { identityStore } from './identityStore.js';
import { useIdentity } from './useIdentity.js';

/**
 * Lets the user set the name and colour others see on their caret and in the presence list.
 * A name is saved as it is typed, so co-editors see it without a save button; an emptied field
 * falls back to the stored name when it loses focus.
 */
export function IdentityForm() {
  const identity = useIdentity();
  const [draft, setDraft] = useState(identity.name);
  const nameId = useId();

  // Follow a name changed elsewhere (another tab). A draft that already means this name is kept
  // as typed, or a space typed between two words would vanish.
  useEffect(() => {
    setDraft((current) => {
      const meant = normalizeName(current);
      return meant === undefined || meant === identity.name ? current : identity.name;
    });
  }, [identity.name]);

  return (
    <div className="identity">
      <label className="identity__label" htmlFor={nameId}>
        Tên của bạn
      </label>
      <input
        id={nameId}
        className="identity__name"
        data-testid="user-name"
        value={draft}
        maxLength={MAX_NAME_LENGTH}
        autoComplete="nickname"
        onChange={(event) => {
          setDraft(event.target.value);
          identityStore.update({ name: event.target.value });
        }}
        onBlur={() => setDraft(identityStore.get().name)}
      />
      <div className="identity__colors" role="radiogroup" aria-label="Màu con trỏ của bạn">
        {CARET_PALETTE.map((color, index) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={identity.color === color}
            aria-label={`Màu ${index + 1}`}
            title={`Màu ${index + 1}`}
            className="identity__color"
            style={{ backgroundColor: color }}
            onClick={() => identityStore.update({ color })}
          />
        ))}
      </div>
    </div>
  );
}
