/** A field of a fill-in letter: the form input whose value replaces `{{name}}` in the letter body. */
import { z } from 'zod';

/**
 * The form input used for the field. `id-number` is the full number of an identity document: typed for the
 * letter, never kept on the device (the other fields' values are remembered until the reader forgets them).
 */
export const letterFieldTypeSchema = z.enum(['text', 'textarea', 'date', 'number', 'phone', 'select', 'id-number']);

/** Names that say the field holds an identity document's number (`id_number`, `idNo`), not just its last digits. */
const ID_NUMBER_NAME = /^id_?(?:number|no|card)$/i;

export const letterFieldSchema = z
  .strictObject({
    /** The identifier used in the body as `{{name}}`: a letter, then letters, digits or `_`. */
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be an identifier such as `lenderName`'),
    /** The input type. */
    type: letterFieldTypeSchema,
    /** The label shown beside the input, in the page's language. */
    label: z.string().trim().min(1),
    /** Whether the letter cannot be produced without it. */
    required: z.boolean().default(false),
    /** The choices of a `select` field (at least two), in the page's language. */
    options: z.array(z.string().trim().min(1)).min(2).optional(),
    /** An example or a hint shown in the empty input. */
    hint: z.string().trim().min(1).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'select' && !field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs `options`' });
    }
    if (ID_NUMBER_NAME.test(field.name) && field.type !== 'id-number') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: `'${field.name}' holds an identity number, which is never stored: give it type \`id-number\`` });
    }
    if (field.type !== 'select' && field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `only select fields take options (this one is ${field.type})` });
    }
  });

export type LetterField = z.output<typeof letterFieldSchema>;
export type LetterFieldInput = z.input<typeof letterFieldSchema>;
