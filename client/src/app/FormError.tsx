/**
 * A refusal or failure to show beside a form or a list, announced to screen readers; nothing when there is none.
 * `id` lets the field it is about point at it (`aria-describedby`); `className` adds to `form-error`.
 */
export function FormError({ message, id, className }: { message: string | null | undefined; id?: string; className?: string }) {
  return message ? (
    <p id={id} className={className ? `form-error ${className}` : 'form-error'} role="alert">
      {message}
    </p>
  ) : null;
}
