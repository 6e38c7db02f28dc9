import { caretColorStore } from './caretColorStore.js';
import { CARET_PALETTE } from './caretPalette.js';
import { useCaretColor } from './useIdentity.js';

/** The colour others see on this person's caret and beside their name in the presence list. */
export function CaretColorPicker() {
  const color = useCaretColor();
  return (
    <div className="caret-colors" role="radiogroup" aria-label="Màu con trỏ của bạn">
      {CARET_PALETTE.map((candidate, index) => (
        // biome-ignore lint/a11y/useSemanticElements: a swatch is a button painted in its colour; role radio and aria-checked tell assistive technology it is one choice of several
        <button
          key={candidate}
          type="button"
          role="radio"
          aria-checked={color === candidate}
          aria-label={`Màu ${index + 1}`}
          title={`Màu con trỏ ${index + 1}`}
          className="caret-colors__color"
          style={{ backgroundColor: candidate }}
          onClick={() => caretColorStore.set(candidate)}
        />
      ))}
    </div>
  );
}
