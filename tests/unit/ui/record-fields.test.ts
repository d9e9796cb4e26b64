// The shared date and notes fields render exactly what each form wrote out by hand before (same label, ids,
// counter, hint and error wiring), so accessible names and behaviour are unchanged.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateField, NotesField } from "@/components/ui/record-fields";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { NOTES_MAX } from "@/domain/application";

type DateProps = Parameters<typeof DateField>[0];
type NotesProps = Parameters<typeof NotesField>[0];
type TextFieldProps = Parameters<typeof TextField>[0];
type TextAreaProps = Parameters<typeof TextArea>[0];

const dateField = (props: DateProps) => renderToStaticMarkup(createElement(DateField, props));
const notesField = (props: NotesProps) => renderToStaticMarkup(createElement(NotesField, props));
const textField = (props: TextFieldProps) => renderToStaticMarkup(createElement(TextField, props));
const textArea = (props: TextAreaProps) => renderToStaticMarkup(createElement(TextArea, props));

describe("shared record fields", () => {
  it("a date field is the labelled date input, with its hint and errors announced", () => {
    const props = {
      id: "new-application-follow-up",
      name: "followUpOn",
      label: "Next follow-up",
      hint: "Optional.",
      errors: ["Too early."],
    };
    const markup = dateField({ ...props, value: "2026-01-15" });
    expect(markup).toBe(textField({ ...props, type: "date", defaultValue: "2026-01-15" }));
    expect(markup).toContain('<label for="new-application-follow-up"');
    expect(markup).toContain('type="date"');
    expect(markup).toContain('value="2026-01-15"');
    expect(markup).toContain('aria-describedby="new-application-follow-up-hint new-application-follow-up-error"');
    expect(markup).toContain('aria-invalid="true"');
  });

  it("an empty date field has no value, and a required one says so", () => {
    expect(dateField({ id: "d", name: "lastContactOn", label: "Last contact", value: null })).toBe(
      textField({ id: "d", name: "lastContactOn", label: "Last contact", type: "date", defaultValue: "" }),
    );
    expect(dateField({ id: "d", name: "heldOn", label: "Date", value: "2026-01-15", required: true })).toBe(
      textField({ id: "d", name: "heldOn", label: "Date", type: "date", defaultValue: "2026-01-15", required: true }),
    );
  });

  it("a notes field is the capped textarea with its counter and errors", () => {
    const markup = notesField({ id: "edit-person-notes", value: "Met at lunch", errors: ["Too long."] });
    expect(markup).toBe(
      textArea({
        id: "edit-person-notes",
        name: "notes",
        label: "Notes",
        max: NOTES_MAX,
        defaultValue: "Met at lunch",
        errors: ["Too long."],
      }),
    );
    expect(markup).toContain(`12 of ${NOTES_MAX.toLocaleString("en")} characters`);
    expect(markup).toContain('aria-describedby="edit-person-notes-count edit-person-notes-error"');
    expect(notesField({ id: "conversation-notes", label: "What you talked about" })).toBe(
      textArea({ id: "conversation-notes", name: "notes", label: "What you talked about", max: NOTES_MAX }),
    );
  });
});
