"""清标: the bid documents read into plain data and screened for signs of one hand (87号令 第三十七条).

Modules: :mod:`.model` (what a document is read into), :mod:`.read_docx` and :mod:`.read_pdf`
(the readers, never raising), :mod:`.files` (which file is whose), :mod:`.text` (the tender's text
subtracted, containment and shared passages), :mod:`.signals` (contacts and values that mean nothing),
:mod:`.findings` (every kind of the contract), :mod:`.prices` (price findings and statistics) and
:mod:`.engine` (the whole screen: ``bideval-screen/1``). The contract is ``shared/spec/screening.md``;
the decisions where it is silent are in ``docs/screening.md``.
"""
