//! A sheet as rows of text cells, whatever file it came from: what heading detection and row
//! reading work on.

/// One cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The text as shown, trimmed.
    pub text: String,
    /// A spreadsheet error value (`#REF!`): `text` is how it shows.
    pub error: bool,
    /// For a cell inside a merged range other than its top-left one: the 0-based row and column
    /// of that top-left cell, whose text this cell was given.
    pub merged_from: Option<(usize, usize)>,
}

/// A sheet: rows of cells, each row as long as its last cell with text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    /// The sheet's name (XLSX); `None` for CSV.
    pub sheet: Option<String>,
    pub rows: Vec<Vec<Cell>>,
}

static EMPTY: Cell = Cell {
    text: String::new(),
    error: false,
    merged_from: None,
};

impl Grid {
    /// The cell at a 0-based row and column; an empty one outside the rows.
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&EMPTY)
    }

    /// The text at a 0-based row and column (empty outside, and for an error value).
    pub fn text(&self, row: usize, column: usize) -> &str {
        let c = self.cell(row, column);
        if c.error { "" } else { &c.text }
    }

    /// The widest row's length.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// Whether no cell has text.
    pub fn is_empty(&self) -> bool {
        self.rows
            .iter()
            .all(|r| r.iter().all(|c| c.text.is_empty()))
    }

    /// Sets a cell, growing the rows as needed. Empty text sets nothing.
    pub fn set(&mut self, row: usize, column: usize, text: String, error: bool) {
        if text.is_empty() {
            return;
        }
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let r = &mut self.rows[row];
        if r.len() <= column {
            r.resize_with(column + 1, Cell::default);
        }
        r[column] = Cell {
            text,
            error,
            merged_from: None,
        };
    }

    /// Gives every cell of a merged range (0-based, inclusive) its top-left cell's text, as a
    /// reader sees it printed. Only cells within the rows and columns that hold text are filled,
    /// so a range drawn over the whole sheet costs no more than the sheet.
    pub fn merge(&mut self, first: (usize, usize), last: (usize, usize)) {
        let origin = self.cell(first.0, first.1).clone();
        if origin.text.is_empty() {
            return;
        }
        let width = self.width();
        let last_row = last.0.min(self.rows.len().saturating_sub(1));
        let last_col = last.1.min(width.saturating_sub(1));
        for row in first.0..=last_row {
            for column in first.1..=last_col {
                if (row, column) == first {
                    continue;
                }
                let r = &mut self.rows[row];
                if r.len() <= column {
                    r.resize_with(column + 1, Cell::default);
                }
                r[column] = Cell {
                    merged_from: Some(first),
                    ..origin.clone()
                };
            }
        }
    }
}
