/** One cell: text, a number, or nothing. In a `date` column, `YYYY-MM-DD` text becomes a real date. */
export type Cell = string | number | null | undefined;

/** `wrap`: long text wrapped at the column width; `date`: calendar dates shown as YYYY-MM-DD. */
export type Column = { header: string; kind?: 'text' | 'wrap' | 'date' };

/** A worksheet as data: a header row from `columns`, then `rows` (each as long as `columns` at most). */
export type Sheet = { name: string; columns: Column[]; rows: Cell[][] };
