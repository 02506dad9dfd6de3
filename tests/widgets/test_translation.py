"""The English translation: every string has English, the committed .ts/.qm are current, the window speaks it."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import ROOT
from widgets import main_window as mw
from widgets.app import install_translator
from widgets.main_window import MainWindow
from widgets.settings import AppSettings
from widgets.step_marks import title_of

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _forms(english: str | list[str]) -> list[str]:
    return [english] if isinstance(english, str) else list(english)


def test_every_string_of_the_window_has_english() -> None:
    found, english = tool.collect(), tool.english()
    texts = list(dict.fromkeys(t for ctx in found for t in found[ctx]))
    assert len(texts) > 250
    assert [t for t in texts if t not in english] == []
    for text in texts:
        for form in _forms(english[text]):
            assert form.strip(), text
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(text)), (text, form)
            assert not re.search(r"[\u4e00-\u9fff]", form) or "/" in form, (text, form)  # bilingual menu items only
            if "(&" in text:
                assert "&" in form, (text, form)


def test_every_ui_call_is_collected() -> None:
    """No tr/translate call the script cannot read (a non-literal text, self.tr outside a class)."""
    assert tool.scan()[1] == []


def test_the_committed_ts_and_qm_are_up_to_date() -> None:
    found, _skipped = tool.scan()
    text, missing = tool.render_ts(found, tool.english())
    assert missing == []
    assert tool.TS.read_text(encoding="utf-8") == text, "run tools/update_translations.py"
    translator = QTranslator()
    assert translator.load(str(tool.QM))
    english = tool.english()
    stale = []
    for ctx, messages in found.items():
        for message in messages:
            forms = _forms(english[message.text])
            if message.numerus:
                got = [translator.translate(ctx, message.text, message.comment or None, n) for n in (1, 2)]
                want = (forms * 2)[:2]
            else:
                got, want = [translator.translate(ctx, message.text, message.comment or None)], forms[:1]
            if got != want:
                stale.append((ctx, message.text, got, want))
    assert stale == [], "the .qm is stale: run tools/update_translations.py"


def test_self_tr_looks_up_the_runtime_class_then_its_bases(qapp: QApplication) -> None:
    """What the script relies on to file ``self.tr`` strings under the class that holds the call."""
    asked: list[str] = []

    class Spy(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                      n: int = -1) -> str | None:
            asked.append(context)
            return "found" if context == "Base" else None

    class Base(QWidget):
        def text(self) -> str:
            return self.tr("源")

    class Sub(Base):
        pass

    spy = Spy()
    qapp.installTranslator(spy)
    try:
        assert Sub().text() == "found"
    finally:
        qapp.removeTranslator(spy)
    assert asked[:2] == ["Sub", "Base"]


@pytest.fixture()
def english_app(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        yield qapp
    finally:
        qapp.removeTranslator(translator)
        translator.deleteLater()
        QLocale.setDefault(locale)


def test_the_window_speaks_english(english_app: QApplication, qtbot: Any, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    window.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Settings", "&Help"]
    assert window.start.new_button.text() == "New project…"
    assert window.open_sample()
    assert window.workspace is not None and window.controller is not None
    navigator = window.workspace.navigator
    assert [title_of(navigator.item(i).text()).strip() for i in range(navigator.count())] == [
        "Setup", "Project", "Qualification items", "Compliance items", "Scoring criteria",
        "Bidders / Bid opening record", "Evaluation committee",
        "Evaluation", "Qualification review", "Compliance review", "Price review", "Bid screening",
        "Individual scoring", "Offline packages",
        "Check (Art.64)", "Results and finalising", "Reports"]
    assert window.save_state.text() == "Saved"

    page: Any = window.workspace.show_page("matrix")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:4] == ["ID", "Scoring factor", "Category", "Points"]
    assert page.total.text().startswith("Total 100 points")
    assert page.editor.title() == "Scoring method"

    # a refused edit says why in English (and changes nothing)
    assert not page.model.setData(page.model.index(9, 3), "abc", Qt.ItemDataRole.EditRole)
    assert "Scoring factor F9" in window.controller.last_error
    assert "“abc” is not a number" in window.controller.last_error
    assert window.controller.undo_stack.count() == 0

    # an accepted edit: the undo action and the save state in English
    assert page.model.setData(page.model.index(1, 1), "Track record", Qt.ItemDataRole.EditRole)
    assert window.undo_action.text().startswith("Undo Edit Scoring factor")
    assert window.save_state.text().startswith("Saved ")

    committee: Any = window.workspace.show_page("committee")
    assert committee.leader_button.text() == "Make leader"
    bidders: Any = window.workspace.show_page("bidders")
    assert bidders.facts.title() == "SME declaration and bid validity"


def test_self_tr_strings_of_the_import_preview_are_english(english_app: QApplication, qtbot: Any) -> None:
    preview = pytest.importorskip("widgets.import_preview")
    from app.exchange.setup_draft import SetupDraft

    dialog = preview.ImportPreviewDialog(SetupDraft(source="tender.docx"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import preview — tender.docx"
    assert dialog.tabs.tabText(0) == "Scoring criteria (0 factors)"
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_chinese_is_back_once_the_translator_is_removed(qapp: QApplication) -> None:
    assert QApplication.translate("Workspace", "资格审查") == "资格审查"


def test_the_services_refusals_are_shown_in_the_windows_words() -> None:
    from decimal import Decimal

    import pytest

    from app.domain import model as m
    from app.domain.problems import Problem, Refused
    from app.domain.scoring import parse_value
    from widgets.problem_texts import reason_words, refusal_words

    grades = m.Factor(id="F8", name="方案", category="技术", max=Decimal(4),
                      rule=m.GradesRule(values=(Decimal(4), Decimal(3), Decimal(2), Decimal(0))))
    with pytest.raises(Refused) as refused:
        parse_value(grades, "3.5")
    assert str(refused.value) == "3.5 is not an allowed grade of F8 (4, 3, 2, 0)"  # the command line's words
    assert refusal_words(refused.value) == "3.5 不是 F8 允许的分值（4, 3, 2, 0）"
    missing = Problem.of("", "members.member_has_not_scored", "member %1 has not scored bidder %2 on factor %3",
                         "M2", "B1", "F8")
    assert reason_words(missing) == "评委 M2 尚未对投标人 B1 的 F8 评分"
    late = Problem.of("", "session_records.bidder_must_given_least",
                      "the bidder must be given at least 30 minutes to answer (asked %1, deadline %2)",
                      "2025-11-25 10:00", "2025-11-25 10:29")
    assert reason_words(late) == ("说明截止时间须在要求说明后至少 30 分钟（要求 2025-11-25 10:00，"
                                  "截止 2025-11-25 10:29）")
    assert reason_words(Problem("", "an unknown message stays as it is")) == "an unknown message stays as it is"


def test_the_window_translates_through_one_helper() -> None:
    """Every widget module words its texts with its ``_tr`` (``_tr.plural`` for counts): no ``self.tr``, no
    ``.replace("%1", …)`` chains, no regex table parsing English back."""
    root = Path(__file__).resolve().parents[2] / "widgets"
    offenders = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("self.tr(", '.replace("%1"', "def message_words"):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []
