import { type FormEvent, startTransition } from "react";

/**
 * React resets a form after its `action` finishes, which wipes what the user typed when the server
 * answers with field errors. Submitting through onSubmit keeps the values and still runs the action
 * in a transition (so `pending` works).
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
