"""Messages for the officer from below the window: marked for translation, and translated.

``kiosk.domain.messages``: a message is an Indonesian template with named placeholders, marked
``QT_TRANSLATE_NOOP("Messages", ...)`` where it is written. The code is read here (``ast``) to
check that every officer-facing error (DomainError, StoreError, SettingsError, PrintError and
their subclasses) and every :class:`Message` is built from a marked template, never from an
f-string or a text glued together, with exactly the parameters its placeholders name; and that
every marked template has an English translation in ``kiosk_en.ts`` with the same placeholders.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
import string
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

import kiosk
from kiosk.config import SettingsError
from kiosk.domain.errors import InvalidPlate
from kiosk.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, Translatable, message_of
from kiosk.domain.officers import LoginRefused, Role
from kiosk.domain.plate import parse_plate
from kiosk.domain.visit import Status, VisitInvalid
from kiosk.resources import resource_path

PACKAGE = Path(kiosk.__file__).parent
MARKER = QT_TRANSLATE_NOOP.__name__


# --- the message itself ---------------------------------------------------------------------


def test_a_message_is_its_indonesian_text_and_keeps_template_and_parameters() -> None:
    message = Message(
        QT_TRANSLATE_NOOP("Messages", "Plat {plate} ({count} angka)"), plate="B 1", count=4
    )
    assert message == "Plat B 1 (4 angka)"
    assert isinstance(message, str)
    assert message.template == "Plat {plate} ({count} angka)"
    assert dict(message.params) == {"plate": "B 1", "count": 4}


def test_words_and_dates_read_in_indonesian() -> None:
    message = Message(
        "{status} · {role} · {day} · {names}",
        status=Status.HANDED_OVER,
        role=Role.PETUGAS,
        day=date(1985, 3, 12),
        names=("KTP", Message("pemohon")),
    )
    assert message == "Selesai · Petugas · 12 Maret 1985 · KTP, pemohon"


def test_an_error_is_raised_with_a_template_and_str_stays_indonesian() -> None:
    with pytest.raises(InvalidPlate) as caught:
        parse_plate("B 12345")
    err = caught.value
    assert str(err) == "Nomor pada plat paling banyak 4 angka (tertulis 5 angka)."
    assert err.template == "Nomor pada plat paling banyak 4 angka (tertulis {count} angka)."
    assert dict(err.params) == {"count": 5}
    assert message_of(err) is err.message
    assert message_of(OSError("disk")) == "disk"


def test_joined_messages_keep_their_parts() -> None:
    err = VisitInvalid({"plate": Message("Plat {p}.", p="X"), "name": Message("Nama.")})
    assert str(err) == "Plat X. Nama."
    assert err.message.parts == (Message("Plat X."), Message("Nama."))
    assert [part.template for part in err.message.parts] == ["Plat {p}.", "Nama."]


def test_a_message_kept_as_json_reads_back_with_its_template_and_parameters() -> None:
    """What a print job keeps of its last error (print_job.error_message)."""
    reason = InvalidPlate(QT_TRANSLATE_NOOP("Messages", "Nomor pada plat tidak boleh 0."))
    message = Message(
        "Folder {folder} tidak dapat dibuat: {reason}. {count} dokumen, {status}.",
        folder=Path("/srv/keluar"),  # data that JSON does not hold: kept as its text
        reason=reason,  # an error with a message: a message again
        count=3,
        status=Status.WAITING,  # a word: its Indonesian word (no print error has one)
    )
    again = Message.from_json(message.to_json())
    assert again == message
    assert again.template == message.template
    assert again.params["folder"] == "/srv/keluar" and again.params["count"] == 3
    assert again.params["reason"].template == "Nomor pada plat tidak boleh 0."
    assert again.params["status"] == "Menunggu"
    joined = Message.joined((message, "OSError: disk penuh"), " / ")
    back = Message.from_json(joined.to_json())
    assert back == joined and back.parts[0].template == message.template
    assert back.parts[1] == "OSError: disk penuh"


def test_messages_and_errors_survive_pickling() -> None:
    message = Message("Plat {plate}.", plate="B 1")
    again = pickle.loads(pickle.dumps(message))
    assert (again, again.template, dict(again.params)) == (
        message,
        "Plat {plate}.",
        {"plate": "B 1"},
    )
    refused = pickle.loads(pickle.dumps(LoginRefused("PIN salah. Sisa {left}.", left=2, locked=1)))
    assert (str(refused), refused.params["left"], refused.locked) == ("PIN salah. Sisa 2.", 2, 1)
    joined = pickle.loads(pickle.dumps(Message.joined((message, "data {x}"))))
    assert joined == "Plat B 1. data {x}" and joined.parts[0].template == "Plat {plate}."
    setting = pickle.loads(pickle.dumps(SettingsError("Bahasa {x}.", x="fr")))
    assert (type(setting), str(setting)) == (SettingsError, "Bahasa fr.")


# --- reading the code -----------------------------------------------------------------------


def _import_everything() -> None:
    for module in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _subclasses(sub)
    return found


def officer_error_names() -> set[str]:
    """Names of every exception class whose message the officer reads."""
    _import_everything()
    return {cls.__name__ for cls in _subclasses(Translatable)}


@dataclass
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Module:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module = cls(path, tree)
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                module.parents[child] = node
        return module

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"

    def scopes(self, node: ast.AST) -> list[ast.AST]:
        """The functions around ``node``, innermost first, then the module."""
        found = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.append(node)
        return [*found, self.tree]

    def functions(self, name: str) -> list[ast.FunctionDef]:
        return [
            n
            for n in ast.walk(self.tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name
        ]


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) == MARKER


def _marked_literal(node: ast.Call) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("Messages", "…")``; None if it is not one lupdate
    can read (another context, a text that is not one literal string)."""
    if len(node.args) != 2 or node.keywords:
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == CONTEXT):
        return None
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    return text.value


class Unmarked(Exception):
    """An expression that is not (only) a marked template."""


class Templates:
    """What a first argument can be, as the set of marked templates it may hold, each with
    whether it comes as a :class:`Message` already built (its parameters given there).

    Raises :class:`Unmarked` for anything else. Followed: names (their assignments, in the
    functions around and in the module), a function's parameter (the arguments of its calls in
    the module), a call of the module's own function (what it returns), a dict of marked
    templates (subscript or ``get``), ``Message(…)`` and a message taken from another error
    (``err.message``: checked where that error was raised). ``None`` stands for "no message".
    """

    FROM_ERROR = "<the message of another error>"

    def __init__(self, module: Module) -> None:
        self.module = module
        self.seen: set[tuple[int, str]] = set()

    def of(self, node: ast.AST, at: ast.AST) -> set[tuple[str, bool]]:
        if _is_marker(node):
            template = _marked_literal(node)
            if template is None:
                raise Unmarked(f"{MARKER} needs ({CONTEXT!r}, one literal string)")
            return {(template, False)}
        if isinstance(node, ast.Constant) and node.value is None:
            return set()
        if isinstance(node, ast.Attribute) and node.attr == "message":
            return {(self.FROM_ERROR, True)}
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
            return {(template, True) for template, _built in self.of(node.args[0], at)}
        if isinstance(node, ast.IfExp):
            return self.of(node.body, at) | self.of(node.orelse, at)
        if isinstance(node, ast.Dict):
            return set().union(*(self.of(value, at) for value in node.values))
        if isinstance(node, ast.Subscript):
            return self.of(node.value, at)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "get":  # a dict of templates, and its default
                found = self.of(node.func.value, at)
                return found.union(*(self.of(arg, at) for arg in node.args[1:]))
            if isinstance(node.func.value, ast.Name) and node.func.value.id == "self":
                return self._returns(node.func.attr, at)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return self._returns(node.func.id, at)
        if isinstance(node, ast.Name):
            return self._name(node.id, at)
        raise Unmarked(ast.unparse(node))

    def _returns(self, function: str, at: ast.AST) -> set[tuple[str, bool]]:
        defs = self.module.functions(function)
        if not defs:
            raise Unmarked(f"{function}(…) is not a function of this module")
        found: set[tuple[str, bool]] = set()
        for definition in defs:
            for node in ast.walk(definition):
                if isinstance(node, ast.Return) and node.value is not None:
                    found |= self.of(node.value, node)
        return found

    def _name(self, name: str, at: ast.AST) -> set[tuple[str, bool]]:
        key = (id(at), name)
        if key in self.seen:
            return set()
        self.seen.add(key)
        for scope in self.module.scopes(at):
            values = self._assigned(scope, name)
            if values:
                return set().union(*(self.of(value, value) for value in values))
            if isinstance(scope, ast.FunctionDef) and name in _parameters(scope):
                return self._arguments(scope, name)
        raise Unmarked(f"{name} (not assigned a marked template)")

    @staticmethod
    def _assigned(scope: ast.AST, name: str) -> list[ast.AST]:
        body = scope.body if isinstance(scope, ast.FunctionDef) else scope.body
        values = []
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                values.append(node.value)
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == name
                and node.value is not None
            ):
                values.append(node.value)
            elif isinstance(node, ast.For) and name in {
                t.id for t in ast.walk(node.target) if isinstance(t, ast.Name)
            }:
                raise Unmarked(f"{name} (a loop variable)")
        return values

    def _arguments(self, function: ast.FunctionDef, name: str) -> set[tuple[str, bool]]:
        parameters = _parameters(function)
        position = parameters.index(name)
        if parameters and parameters[0] == "self":
            position -= 1
        found: set[tuple[str, bool]] = set()
        calls = 0
        for node in ast.walk(self.module.tree):
            if not isinstance(node, ast.Call):
                continue
            callee = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if callee != function.name:
                continue
            calls += 1
            keyword = next((k.value for k in node.keywords if k.arg == name), None)
            if keyword is not None:
                found |= self.of(keyword, node)
            elif 0 <= position < len(node.args):
                found |= self.of(node.args[position], node)
            else:
                raise Unmarked(f"{function.name}(…) called without {name}")
        if not calls:
            raise Unmarked(f"{name}: {function.name}(…) is called from another module")
        return found


def _parameters(function: ast.FunctionDef) -> list[str]:
    arguments = function.args
    return [a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]]


def _error_parameters(module: Module) -> set[str]:
    """Parameters annotated as an error class (``error: type[DomainError]``)."""
    names = officer_error_names()
    found = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            annotation = ast.unparse(node.annotation)
            if annotation.startswith("type[") and annotation[5:-1] in names:
                found.add(node.arg)
    return found


@dataclass(frozen=True)
class Site:
    """One construction of an officer-facing error or message, and what it was given."""

    where: str
    templates: frozenset[tuple[str, bool]]  # (template, given as a Message already built)
    keywords: frozenset[str] | None  # None: **kwargs


def sites() -> tuple[list[Site], list[str]]:
    """Every construction in the package, and the problems found."""
    names = officer_error_names() - {"VisitInvalid"}  # (a dict of messages, each checked)
    found, problems = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = Module.read(path)
        constructors = names | _error_parameters(module) | {"Message"}
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in constructors or path.name == "messages.py":
                continue
            if not node.args:
                problems.append(f"{module.where(node)}: {node.func.id}() without a message")
                continue
            try:
                templates = Templates(module).of(node.args[0], node)
            except Unmarked as why:
                problems.append(f"{module.where(node)}: {ast.unparse(node.args[0])!r}: {why}")
                continue
            keywords = None
            if all(k.arg is not None for k in node.keywords):
                keywords = frozenset(k.arg for k in node.keywords if k.arg != "locked")
            found.append(Site(module.where(node), frozenset(templates), keywords))
    return found, problems


def marked_templates() -> dict[str, str]:
    """Every template marked in the package (and where), which lupdate puts in the .ts."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = Module.read(path)
        for node in ast.walk(module.tree):
            if _is_marker(node) and path.name != "messages.py":
                template = _marked_literal(node)
                assert template is not None, f"{module.where(node)}: lupdate cannot read this"
                found.setdefault(template, module.where(node))
    return found


def placeholders(template: str) -> set[str]:
    """``{name}`` and ``{name:spec}`` of a template, as written."""
    return {
        f"{{{name}{':' + spec if spec else ''}}}"
        for _text, name, spec, _conversion in string.Formatter().parse(template)
        if name is not None
    }


def field_names(template: str) -> set[str]:
    return {name for _t, name, _s, _c in string.Formatter().parse(template) if name is not None}


# --- the checks -----------------------------------------------------------------------------


def test_every_officer_error_and_message_is_built_from_a_marked_template() -> None:
    found, problems = sites()
    assert not problems, "\n".join(problems)
    # the scan does see the code base's errors (one kind of each at least)
    assert len(found) > 150
    for kind in ("kiosk/domain/nik.py", "kiosk/store/", "kiosk/config.py", "kiosk/printing/"):
        assert any(site.where.startswith(kind) for site in found), kind


def test_every_error_is_given_the_parameters_its_template_names() -> None:
    found, _problems = sites()
    wrong = []
    for site in found:
        if site.keywords is None:
            continue
        for template, built in site.templates:
            if built and not site.keywords:
                continue  # (its parameters were checked where the Message was built)
            if field_names(template) != site.keywords:
                wrong.append(f"{site.where}: {template!r} given {sorted(site.keywords)}")
    assert not wrong, "\n".join(wrong)


def english() -> dict[str, ET.Element]:
    tree = ET.parse(resource_path("translations") / "kiosk_en.ts")
    return {
        message.findtext("source") or "": message.find("translation")
        for context in tree.getroot().iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }


def test_every_marked_template_has_an_english_translation_with_its_placeholders() -> None:
    templates = marked_templates()
    translations = english()
    problems = []
    for template, where in templates.items():
        translation = translations.get(template)
        if translation is None:
            problems.append(f"{where}: not in kiosk_en.ts (run scripts/update_translations.sh)")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {template!r} is {translation.get('type')} in kiosk_en.ts")
        elif not (translation.text or "").strip():
            problems.append(f"{where}: {template!r} has no English")
        elif placeholders(translation.text) != placeholders(template):
            problems.append(f"{where}: {template!r} -> {translation.text!r}: placeholders differ")
    assert not problems, "\n".join(problems)
    assert len(templates) > 150
    # nothing in the context that the code no longer marks (lupdate drops those itself)
    assert set(translations) <= set(templates)
