"""What every step page of the response workspace shares: the finding shown next to its field, refreshing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTableView, QVBoxLayout, QWidget

from widgets.response.source import ResponseSource
from widgets.response.texts import Place, finding_words, locate, severity_names


class FindingNote(QLabel):
    """The findings on some fields of a step, shown under them, and a refused input's reason.

    ``fields``: the fields (of :class:`~widgets.response.texts.Place`) whose findings this note shows.
    """

    def __init__(self, step: str, fields: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step, self.fields = step, fields
        self.error = ""
        self._source: ResponseSource | None = None
        self.setWordWrap(True)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        """The reason an input was refused ("" clears it)."""
        self.error = text
        if self._source is not None:
            self.show_findings(self._source)

    def show_findings(self, source: ResponseSource) -> None:
        """Show the findings (and the input error) of the fields."""
        self._source = source
        lines = [f"✗ {self.error}"] if self.error else []
        worst = "fatal" if self.error else ""
        for f in source.findings:
            place = locate(f.where, source.resp)
            if place.step == self.step and place.field in self.fields and not place.key:
                lines.append(f"{severity_names()[f.severity]}　{finding_words(f, source.resp)}")
                if f.severity == "fatal" or not worst:
                    worst = f.severity
        self.setText("\n".join(lines))
        self.setStyleSheet("color: #b00020" if worst == "fatal" else "color: #8a5a00")
        self.setVisible(bool(lines))


def put_text(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show a stored value in a field, unless the person is typing in it (the cursor stays where it is)."""
    current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    if current == text or edit.hasFocus():
        return
    with QSignalBlocker(edit):
        if isinstance(edit, QLineEdit):
            edit.setText(text)
        else:
            edit.setPlainText(text)


class StepPage(QWidget):
    """A step of the response workspace: its fields, their notes, ``refresh`` from the source."""

    step = ""

    def __init__(self, source: ResponseSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.notes: list[FindingNote] = []
        self.fields: dict[str, QWidget] = {}
        self.box = QVBoxLayout(self)

    def note(self, *fields: str) -> FindingNote:
        """A note for the findings of these fields (placed by the caller)."""
        note = FindingNote(self.step, fields, self)
        self.notes.append(note)
        return note

    def saving(self, call: Callable[[str], bool], note: FindingNote) -> Callable[[str], None]:
        """A slot that saves a typed value and shows, next to the field, why it was refused."""
        return lambda text: note.show_error("" if call(text) else self.source.last_error)

    def refresh(self) -> None:
        """Show the response again (subclasses add their fields)."""
        for note in self.notes:
            note.show_findings(self.source)

    def focus_place(self, place: Place) -> None:
        """Put the cursor on the field a finding names."""
        widget = self.fields.get(place.field)
        if widget is not None:
            widget.setFocus()


def select_key(table: QTableView, key: str) -> None:
    """Select and show the row of a key in a table over a response model."""
    model = table.model()
    row = model.row_of(key)  # type: ignore[attr-defined]
    if row >= 0:
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))
        table.setFocus()


def fit_columns(table: QTableView, widths: tuple[int, ...]) -> None:
    """Give the columns these widths, but never narrower than their header (a longer language's titles)."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
