import { NOTES_MAX } from "@/domain/application";
import { TextArea } from "./text-area";
import { TextField } from "./text-field";

// The fields every workspace record form repeats (applications, people, conversations, practice): one date and
// one notes field, each with its label, counter or hint, and errors wired to the input (see TextField, TextArea).

interface DateFieldProps {
  id: string;
  name: string;
  label: string;
  /** A "YYYY-MM-DD" day (the user's own), or nothing for an empty field. */
  value?: string | null;
  hint?: string;
  required?: boolean;
  errors?: string[];
}

/** A calendar-day input with its label, optional hint and errors. */
export function DateField({ value, ...props }: DateFieldProps) {
  return <TextField type="date" defaultValue={value ?? ""} {...props} />;
}

interface NotesFieldProps {
  id: string;
  /** "Notes" unless the form asks something more specific. */
  label?: string;
  value?: string | null;
  errors?: string[];
}

/** Free-text notes (name "notes"), capped at NOTES_MAX with a live counter. */
export function NotesField({ id, label = "Notes", value, errors }: NotesFieldProps) {
  return <TextArea id={id} name="notes" label={label} max={NOTES_MAX} defaultValue={value ?? ""} errors={errors} />;
}
