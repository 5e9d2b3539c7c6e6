"""The modal forms of the reader: edit a fact, add a fact from a selection, write a note
on the article, choose an export.

Each form returns plain data through `dismiss`; the screen that pushed it calls the store.
Forms validate with `store.review.validate` before they close, so a bad count or date is
shown next to the form (naming the field) and nothing reaches the store. Text that comes
from an article is shown as `Content`, never parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from store.errors import InvalidEdit
from store.facts import COUNT_KINDS
from store.review import EDITABLE, KINDS, QUALIFIERS, validate

from ..widgets.article import display_text
from ..widgets.inputs import OwnKeysFirst, TextInput

# How each field is called on screen; error messages from the store name fields by their
# column, the form names them as the person sees them.
FIELD_LABELS = {
    "kind": "Kind",
    "value": "Value",
    "min": "Min",
    "max": "Max",
    "qualifier": "Qualifier",
    "object": "Object",
    "role": "Role",
    "attributed_to": "Source",
    "event_date": "Date",
    "main_event": "Main event",
    "span": "Span",
    "format": "Format",
    "path": "Path",
}
TEXT_FIELDS = ("value", "min", "max", "object", "role", "attributed_to", "event_date")
PLACEHOLDERS = {
    "min": "lowest figure",
    "max": "highest figure",
    "object": "rocket, drone, civilians, base…",
    "role": "target, origin, perpetrator, claimed, blamed…",
    "attributed_to": "who says so: the army, a US official…",
    "event_date": "YYYY-MM-DD",
}
VALUE_HINTS = {
    "count": "a whole number, 0 or more (blank when the text is vague)",
    "event_date": "the date of the event, YYYY-MM-DD",
    "name": "the name as the text gives it",
}
# Single keys that pick a kind in the new-fact form (h for hit, w for wounded, p for place).
KIND_KEYS = {
    "launched": "l",
    "intercepted": "i",
    "impacted": "h",
    "killed": "k",
    "injured": "w",
    "event_date": "d",
    "location": "p",
    "actor": "a",
}
KIND_LABELS = {
    "launched": "launched",
    "intercepted": "intercepted",
    "impacted": "impacted (hit)",
    "killed": "killed",
    "injured": "injured/wounded",
    "event_date": "date",
    "location": "place",
    "actor": "actor",
}


def _family(kind: str) -> str:
    """Kinds whose fields mean the same: counts, the date, and names (place, actor)."""
    if kind in COUNT_KINDS:
        return "count"
    return "date" if kind == "event_date" else "name"


def _hint_for(kind: str | None) -> str:
    if kind in COUNT_KINDS:
        return VALUE_HINTS["count"]
    if kind == "event_date":
        return VALUE_HINTS["event_date"]
    return VALUE_HINTS["name"]


def _text(value: Any) -> str:
    """A stored field as the text an Input shows (control characters as visible symbols:
    an Input writes its text to the terminal as it is)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return display_text(str(value))


def _split_error(exc: InvalidEdit) -> tuple[str | None, str]:
    """('value', "'x' is not a whole number…") from the store's "value: …" message."""
    message = str(exc)
    field, sep, rest = message.partition(":")
    if sep and field.strip() in FIELD_LABELS:
        return field.strip(), rest.strip()
    return None, message


def error_content(field: str | None, reason: str) -> Content:
    """The error line: the field's label in bold, then what is wrong, as plain text."""
    if field is None:
        return Content.assemble(("Cannot save: ", "bold"), reason)
    return Content.assemble((FIELD_LABELS.get(field, field), "bold"), ": ", reason)


# ---- numbers in a selection ---------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}
# Words that stand for a figure on their own (DESIGN's conventions).
_ALONE = {"both": 2, "none": 0, "no": 0, "single": 1, "a": 1, "an": 1, "another": 1}
# Vague amounts: no value, a lower bound.
_VAGUE = {"dozens": 24, "several": 3, "hundreds": 200, "scores": 40, "thousands": 2000}
_QUALIFIER_PHRASES = (
    (r"\b(?:at least|no fewer than|no less than|a minimum of)\b", "at_least"),
    (r"\b(?:more than|over|upwards of|in excess of)\b", "more_than"),
    (r"\b(?:about|around|some|roughly|approximately|nearly|almost|an estimated)\b", "about"),
    (r"\b(?:up to|as many as)\b", "up_to"),
)
_MUNITIONS = (
    "ballistic missile", "cruise missile", "missile", "rocket", "drone", "mortar", "shell",
    "projectile",
)  # fmt: skip
_PLACE_TYPES = ("base", "airport", "city", "town", "village", "province", "country", "region",
                "sea")


def _word_number(words: list[str]) -> tuple[int, int] | None:
    """The first number spelled in words: (value, index of its first word)."""
    i = 0
    while i < len(words):
        word = words[i]
        if word in _UNITS or (word in ("a", "an") and i + 1 < len(words)
                              and words[i + 1] in _SCALES):
            total, current, j = 0, 0, i
            if word in ("a", "an"):
                current, j = 1, i + 1
            while j < len(words):
                w = words[j]
                if w in _UNITS:
                    current += _UNITS[w]
                elif w in _SCALES:
                    scale = _SCALES[w]
                    if scale == 1000:
                        total += max(current, 1) * scale
                        current = 0
                    else:
                        current = max(current, 1) * scale
                elif w == "and" and j + 1 < len(words) and words[j + 1] in _UNITS:
                    pass
                else:
                    break
                j += 1
            return total + current, i
        i += 1
    return None


def number_in(text: str) -> dict | None:
    """The figure a selection states, as form fields: value, min, max, qualifier.

    Digits first ("1,200"), then number words ("twenty-five", "a dozen"), then words that
    are a figure alone ("both", "none", "a member"), then vague amounts ("dozens").
    """
    lowered = " ".join(text.lower().split())
    value: int | None = None
    found = re.search(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.]|,\d)", lowered)
    if found:
        value = int(found.group(1).replace(",", ""))
        numbers = [int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", lowered)]
        ranged = re.search(r"\b(\d+)\s*(?:-|–|to|and)\s*(\d+)\b", lowered)
        if ranged and len(numbers) >= 2:
            low, high = sorted((int(ranged.group(1)), int(ranged.group(2))))
            return {"value": None, "min": low, "max": high, "qualifier": "range"}
    words = re.findall(r"[a-z]+", lowered.replace("-", " "))
    if value is None:
        spelled = _word_number(words)
        if spelled is not None:
            value = spelled[0]
    if value is None:
        for word in words:
            if word in _VAGUE:
                return {"value": None, "min": _VAGUE[word], "max": None, "qualifier": "vague"}
        for word in words:
            if word in _ALONE:
                value = _ALONE[word]
                break
    if value is None:
        return None
    for pattern, qualifier in _QUALIFIER_PHRASES:
        if re.search(pattern, lowered):
            if qualifier == "at_least":
                return {"value": value, "min": value, "max": None, "qualifier": qualifier}
            if qualifier == "more_than":
                return {"value": value, "min": value + 1, "max": None, "qualifier": qualifier}
            if qualifier == "up_to":
                return {"value": value, "min": None, "max": value, "qualifier": qualifier}
            return {"value": value, "min": None, "max": None, "qualifier": qualifier}
    return {"value": value, "min": value, "max": value, "qualifier": "exact"}


def munition_in(text: str) -> str | None:
    lowered = text.lower()
    for name in _MUNITIONS:
        if re.search(rf"\b{name}(?:s|es)?\b", lowered):
            return name
    return None


def place_type_in(text: str) -> str | None:
    lowered = text.lower()
    if re.search(r"\bair\s?(?:base|field)\b|\bairbase\b", lowered):
        return "base"
    for name in _PLACE_TYPES:
        if re.search(rf"\b{name}\b", lowered):
            return name
    return None


def prefill(kind: str, text: str) -> dict:
    """Form fields guessed from the selected text for a new fact of `kind`."""
    clean = " ".join(text.split())
    fields: dict[str, Any] = {}
    if kind in COUNT_KINDS:
        fields.update(number_in(clean) or {})
        if kind in ("launched", "intercepted", "impacted"):
            munition = munition_in(clean)
            if munition:
                fields["object"] = munition
    elif kind == "event_date":
        iso = re.search(r"\b\d{4}-\d{2}-\d{2}\b", clean)
        if iso:
            fields["value"] = iso.group(0)
    else:
        fields["value"] = clean.strip(" .,;:\"'“”‘’()")
        if kind == "location":
            place = place_type_in(clean)
            if place:
                fields["object"] = place
    return fields


# ---- the fact forms -----------------------------------------------------------------

class _FactForm(ModalScreen[dict | None]):
    """The fields shared by the edit and new-fact forms."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority, so that enter saves from any field; the action steps aside where enter
        # has its own meaning (buttons, an open dropdown, the kind list).
        Binding("enter", "save", "Save", priority=True, id="form.save"),
        Binding("ctrl+s", "save", "Save", show=False, priority=True, id="form.save_alt"),
        # In a text field the keys go in typing order instead (see check_action): the
        # field's own enter submits, and ctrl+s comes up through the field to this one.
        Binding("ctrl+s", "save_typed", "Save", show=False, id="form.save_typed"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]
    CSS_PATH = "forms.tcss"

    def __init__(self, fact: dict | None = None) -> None:
        super().__init__()
        self.fact: dict = dict(fact or {})
        self._error_field: str | None = None

    # -- building ---------------------------------------------------------------------

    def _field_rows(self, *, with_kind: bool) -> ComposeResult:
        fact = self.fact
        if with_kind:
            yield Label("Kind", classes="field-label", id="label-kind")
            yield Select(
                [(KIND_LABELS[k], k) for k in KINDS],
                value=fact.get("kind") if fact.get("kind") in KINDS else Select.NULL,
                allow_blank=fact.get("kind") not in KINDS,
                compact=True,
                id="kind",
            )
        yield Label("Value", classes="field-label", id="label-value")
        yield TextInput(_text(fact.get("value")), placeholder=_hint_for(fact.get("kind")),
                    compact=True, id="value")
        yield Label("Min", classes="field-label", id="label-min")
        yield TextInput(_text(fact.get("min")), placeholder=PLACEHOLDERS["min"], compact=True,
                    id="min")
        yield Label("Max", classes="field-label", id="label-max")
        yield TextInput(_text(fact.get("max")), placeholder=PLACEHOLDERS["max"], compact=True,
                    id="max")
        yield Label("Qualifier", classes="field-label", id="label-qualifier")
        qualifier = fact.get("qualifier")
        yield Select(
            [(q.replace("_", " "), q) for q in QUALIFIERS],
            value=qualifier if qualifier in QUALIFIERS else Select.NULL,
            prompt="(none)",
            allow_blank=True,
            compact=True,
            id="qualifier",
        )
        for name in ("object", "role", "attributed_to", "event_date"):
            yield Label(FIELD_LABELS[name], classes="field-label", id=f"label-{name}")
            yield TextInput(_text(fact.get(name)), placeholder=PLACEHOLDERS[name], compact=True,
                        id=name)
        yield Label("", classes="field-label", id="label-main_event")
        yield Checkbox("Main event of the report", bool(fact.get("main_event", True)),
                       compact=True, id="main_event")

    def _buttons(self) -> ComposeResult:
        with Horizontal(id="form-buttons"):
            yield Button("Save (enter)", variant="primary", compact=True, id="save")
            yield Button("Cancel (esc)", compact=True, id="cancel")

    # -- reading ----------------------------------------------------------------------

    def _current_kind(self) -> str | None:
        return self.fact.get("kind")

    def _read(self) -> dict:
        """The form as a fact dict (text as typed; validate normalises it)."""
        out: dict[str, Any] = {"kind": self._current_kind()}
        for name in TEXT_FIELDS:
            out[name] = self.query_one(f"#{name}", Input).value.strip() or None
        qualifier = self.query_one("#qualifier", Select).value
        out["qualifier"] = None if qualifier is Select.NULL else qualifier
        out["main_event"] = self.query_one("#main_event", Checkbox).value
        return out

    def _validated(self, *, bounds: bool = True) -> dict | None:
        """The validated form, or None after showing what is wrong."""
        try:
            return validate(self._read(), bounds=bounds)
        except InvalidEdit as exc:
            self.show_error(*_split_error(exc))
            return None

    def show_error(self, field: str | None, reason: str) -> None:
        self.clear_error()
        error = self.query_one("#error", Static)
        error.update(error_content(field, reason))
        error.display = True
        self._error_field = field
        if field:
            # The field and its label are marked; the field takes the focus.
            for widget in self.query(f"#{field}, #label-{field}"):
                widget.add_class("-invalid")
            for widget in self.query(f"#{field}"):
                widget.focus()

    def clear_error(self) -> None:
        if self._error_field:
            for widget in self.query(f"#{self._error_field}, #label-{self._error_field}"):
                widget.remove_class("-invalid")
        self._error_field = None
        error = self.query_one("#error", Static)
        error.update("")
        error.display = False

    # -- behaviour --------------------------------------------------------------------

    def _enter_is_local(self) -> bool:
        """Whether enter belongs to the focused widget rather than to the form."""
        focused = self.focused
        if focused is None:
            return False
        if isinstance(focused, (Button, RadioSet, TextArea)):
            return True
        # An open dropdown: enter picks the highlighted option.
        return any(isinstance(node, Select) and node.expanded for node in focused.ancestors)

    def _update_kind_fields(self, kind: str | None) -> None:
        self.query_one("#value", Input).placeholder = _hint_for(kind)
        is_count = kind in COUNT_KINDS
        for name in ("min", "max"):
            self.query_one(f"#{name}", Input).disabled = not is_count
        self.query_one("#qualifier", Select).disabled = not is_count
        hint = self.query_one("#hint", Static)
        hint.update(Content.assemble(("Value: ", "bold"), _hint_for(kind)))

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _edited(self) -> None:
        if self._error_field:
            self.clear_error()

    @on(Button.Pressed, "#save")
    async def _save_pressed(self) -> None:
        self._save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        if self._enter_is_local():
            raise SkipAction()
        self._save()

    def action_save_typed(self) -> None:
        self._save()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A priority key is handled by the app as it arrives, before the keys typed just
        # ahead of it reach the field: "1 4 enter" in one burst would save the old value.
        # In a text field, enter and ctrl+s wait their turn (Input.Submitted, save_typed).
        if action == "save" and isinstance(self.focused, TextInput):
            return False
        return True

    @on(Input.Submitted)
    def _field_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _save(self) -> None:  # pragma: no cover - each form saves its own way
        raise NotImplementedError


class EditFactScreen(_FactForm):
    """Edit one fact. Dismisses with only the fields that changed (keys of
    `store.review.EDITABLE`, ready for `store.review.edit`), or None on escape or when
    nothing changed."""

    AUTO_FOCUS = "#value"  # keys typed ahead of the form go there (FactdeskApp)

    def compose(self) -> ComposeResult:
        fact = self.fact
        with Vertical(id="form", classes="form"):
            yield Static(self._title(), id="form-title")
            if fact.get("text"):
                yield Static(Content.assemble(("Evidence: ", "bold"), "“",
                                              display_text(" ".join(str(fact["text"]).split())),
                                              "”"),
                             id="evidence")
            with Grid(id="fields"):
                yield from self._field_rows(with_kind=True)
            yield Static("", id="hint")
            yield Static("", id="error")
            yield from self._buttons()

    def _title(self) -> Content:
        status = self.fact.get("status") or ""
        origin = self.fact.get("origin") or ""
        return Content.assemble(("Edit fact", "bold"),
                                (f"  {status} · {origin}" if status else "", "dim"))

    def on_mount(self) -> None:
        self.query_one("#error", Static).display = False
        self._shown_kind = self._current_kind()
        self._update_kind_fields(self._shown_kind)
        # AUTO_FOCUS gave the value the focus, its text selected: a figure typed
        # replaces it, as the keys typed with the e that opened the form do.
        value = self.query_one("#value", Input)
        if self.focused is not value:
            value.focus()

    def _current_kind(self) -> str | None:
        kind = self.query_one("#kind", Select).value
        return None if kind is Select.NULL else kind

    @on(Select.Changed, "#kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        kind = None if event.value is Select.NULL else event.value
        before, self._shown_kind = self._shown_kind, kind
        if kind is not None and before is not None and _family(kind) != _family(before):
            self._clear_fields()
        self._update_kind_fields(kind)

    def _clear_fields(self) -> None:
        """A kind of another family (a count made a place, say): the old kind's value and
        details mean nothing for the new one (a figure is no place name), so they are
        emptied rather than saved under the new kind."""
        for name in ("value", "min", "max", "object", "role"):
            self.query_one(f"#{name}", Input).value = ""
        self.query_one("#qualifier", Select).value = Select.NULL

    def _original(self) -> dict:
        """The fact as it is stored, in the form's normal shape."""
        try:
            return validate(self.fact)
        except InvalidEdit:
            return dict(self.fact)

    def _follow_value(self, form: dict, original: dict) -> dict:
        """A changed count drags bounds that equalled the old count along with it, as the
        quick edit does, unless the person changed the bounds too.

        A count whose value is cleared is one the text gives no figure for (the value's
        hint says so): unless the person picked another qualifier themselves, an exact
        or "about" count becomes vague, and its bounds that were the old figure go too.
        (The store refuses an exact count with no figure.)"""
        if form.get("kind") not in COUNT_KINDS or form.get("value") == original.get("value"):
            return form
        old = original.get("value")
        for bound in ("min", "max"):
            typed = self.query_one(f"#{bound}", Input).value.strip()
            if typed == _text(self.fact.get(bound)) and old is not None \
                    and original.get(bound) == old:
                form[bound] = form.get("value")
        if form.get("value") is None and form.get("qualifier") == original.get("qualifier") \
                and form.get("qualifier") in (None, "exact", "about"):
            form["qualifier"] = "vague"
        return form

    def changes(self) -> dict | None:
        """The validated changes, or None after showing what is wrong."""
        form = self._validated(bounds=False)  # the bounds may follow the value first
        if form is None:
            return None
        original = self._original()
        form = self._follow_value(form, original)
        try:
            form = validate(form)
        except InvalidEdit as exc:
            self.show_error(*_split_error(exc))
            return None
        out = {}
        for name in EDITABLE:
            new, old = form.get(name), original.get(name)
            if name == "main_event":
                new, old = bool(new), bool(old if old is not None else True)
            if new != old and not (isinstance(old, str) and new == _text(old)):
                out[name] = new  # (a field shown with symbols for control characters
                # and left as it was is not a change)
        return out

    def _save(self) -> None:
        changed = self.changes()
        if changed is None:
            return
        self.dismiss(changed or None)


class NewFactScreen(_FactForm):
    """A new fact from the selected text: pick its kind (a list, or one key), then the
    fields, prefilled from the selection. Dismisses with {"kind", "value", ...} for
    `store.review.add(store, article_id, kind, start, end, **rest)`, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, f"pick_kind('{kind}')", KIND_LABELS[kind], show=False,
                id=f"new_fact.kind.{kind}")
        for kind, key in KIND_KEYS.items()
    ]

    def __init__(self, start: int, end: int, text: str) -> None:
        super().__init__({"main_event": True})
        self.start = start
        self.end = end
        self.text = text
        self.kind: str | None = None
        self._guess: dict = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="form", classes="form new-fact"):
            yield Static(Content.assemble(("New fact", "bold"),
                                          (f"  characters {self.start}–{self.end}", "dim")),
                         id="form-title")
            shown = display_text(" ".join(self.text.split()))
            if len(shown) > 240:
                shown = shown[:239] + "…"
            yield Static(Content.assemble(("Selected: ", "bold"), "“", shown, "”"),
                         id="evidence")
            yield Label("Kind: press its key, or arrows and enter", id="kinds-label")
            with RadioSet(id="kinds"):
                for kind in KINDS:
                    yield RadioButton(
                        Content.assemble((KIND_KEYS[kind], "bold"), " ", KIND_LABELS[kind]),
                        id=f"kind-{kind}",
                    )
            with Grid(id="fields"):
                yield from self._field_rows(with_kind=False)
            yield Static("", id="hint")
            yield Static("", id="error")
            yield from self._buttons()

    def on_mount(self) -> None:
        self.query_one("#error", Static).display = False
        self._update_kind_fields(None)
        self.query_one("#kinds", RadioSet).focus()

    def _current_kind(self) -> str | None:
        return self.kind

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick_kind":
            # The letters are the kind's keys only while the kind list has focus; in a
            # field they are text.
            return isinstance(self.focused, (RadioSet, RadioButton)) or self.focused is None
        return super().check_action(action, parameters)

    def action_pick_kind(self, kind: str) -> None:
        self.query_one(f"#kind-{kind}", RadioButton).value = True

    @on(RadioSet.Changed, "#kinds")
    def _kind_chosen(self, event: RadioSet.Changed) -> None:
        button_id = event.pressed.id or ""
        kind = button_id.removeprefix("kind-")
        if kind not in KINDS:
            return
        first = self.kind is None
        self.kind = kind
        self._update_kind_fields(kind)
        self._apply_prefill(kind)
        if self._error_field == "kind":
            self.clear_error()
        if first or self.focused is event.radio_set:
            value = self.query_one("#value", Input)
            value.focus()
            value.cursor_position = len(value.value)

    def _apply_prefill(self, kind: str) -> None:
        """Fill the fields from the selection, replacing only what the person has not
        typed themselves (fields still empty or still holding an earlier guess)."""
        guess = prefill(kind, self.text)
        previous = self._guess
        for name in ("value", "min", "max", "object"):
            widget = self.query_one(f"#{name}", Input)
            if widget.value.strip() in ("", _text(previous.get(name))):
                widget.value = _text(guess.get(name))
        select = self.query_one("#qualifier", Select)
        current = None if select.value is Select.NULL else select.value
        if current in (None, previous.get("qualifier")):
            qualifier = guess.get("qualifier")
            select.value = qualifier if qualifier in QUALIFIERS else Select.NULL
        self._guess = guess

    def result(self) -> dict | None:
        if self.kind is None:
            keys = ", ".join(f"{key} {KIND_LABELS[k]}" for k, key in KIND_KEYS.items())
            self.show_error("kind", f"pick a kind first ({keys})")
            self.query_one("#kinds", RadioSet).focus()
            return None
        form = self._validated()
        if form is None:
            return None
        if form["kind"] in COUNT_KINDS and form["value"] is not None:
            # A plain figure is exact; its bounds are the figure itself.
            if form["qualifier"] in (None, "exact"):
                form["qualifier"] = "exact"
                form["min"] = form["value"] if form["min"] is None else form["min"]
                form["max"] = form["value"] if form["max"] is None else form["max"]
        out = {"kind": form["kind"], "value": form["value"]}
        for name in EDITABLE:
            if name in ("kind", "value"):
                continue
            if name == "main_event":
                out[name] = bool(form.get(name))
            elif form.get(name) is not None:
                out[name] = form[name]
        return out

    def _save(self) -> None:
        result = self.result()
        if result is not None:
            self.dismiss(result)


# ---- note -------------------------------------------------------------------------

class TextBox(OwnKeysFirst, TextArea):
    """A TextArea that keeps bursts of keys in order (see tui/widgets/inputs.py)."""


class NoteScreen(ModalScreen[str | None]):
    """The article's note in a text area. ctrl+s (or Save) dismisses with the text, which
    may be empty to clear the note; escape dismisses with None."""

    AUTO_FOCUS = "#note"  # keys typed ahead of the form go there (FactdeskApp)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True, id="note.save"),
        # In the text box ctrl+s waits for the keys typed before it (see check_action).
        Binding("ctrl+s", "save_typed", "Save", show=False, id="note.save_typed"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]
    CSS_PATH = "forms.tcss"

    def __init__(self, note: str | None) -> None:
        super().__init__()
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="form", classes="form note"):
            yield Static(Content.assemble(("Note on the article", "bold"),
                                          ("  ctrl+s saves · esc cancels", "dim")),
                         id="form-title")
            yield TextBox(self.note, soft_wrap=True, show_line_numbers=False, id="note")
            with Horizontal(id="form-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", compact=True, id="save")
                yield Button("Cancel (esc)", compact=True, id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#note", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.dismiss(self.query_one("#note", TextArea).text)

    def action_save_typed(self) -> None:
        self.action_save()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The priority ctrl+s would save before the keys typed just ahead of it are in.
        if action == "save" and isinstance(self.focused, TextBox):
            return False
        return True

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


# ---- export -----------------------------------------------------------------------

EXPORT_FORMATS = {
    "jsonl": "event records, one JSON object a line",
    "csv": "one fact a row, safe for spreadsheets",
    "acled": "ACLED-style event rows (CSV)",
    "brat": "brat / INCEpTION standoff: a folder of .txt and .ann",
    "spans": "training spans, Prodigy/spaCy JSONL",
}
DEFAULT_NAMES = {
    "jsonl": "factdesk-events.jsonl",
    "csv": "factdesk-facts.csv",
    "acled": "factdesk-acled.csv",
    "brat": "factdesk-brat",
    "spans": "factdesk-spans.jsonl",
}


class FormatList(RadioSet):
    """The export formats. Enter on a highlighted format picks it; on the chosen one it
    asks the form to export (Chosen). Enter is the list's own binding, not the form's
    priority one, so keys typed just before it ("down down enter" in one burst) are
    taken first, in the order typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Choose", show=False, id="export.choose"),
    ]

    class Chosen(Message):
        """Enter on the format already chosen: export."""

    def action_choose(self) -> None:
        if self.pressed_index != _highlighted(self):
            self.action_toggle_button()
        else:
            self.post_message(self.Chosen())


class ExportScreen(ModalScreen[dict | None]):
    """Choose an export: format, where to write it, and whether pending machine facts go
    too. Dismisses with {"format", "path", "all", "force"}, or None. An existing path is
    refused unless Replace is ticked, as the command line refuses it without --force."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "Export", priority=True, id="export.save"),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]
    CSS_PATH = "forms.tcss"

    def __init__(self, folder: Path | str | None = None, fmt: str = "jsonl") -> None:
        super().__init__()
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.format = fmt if fmt in EXPORT_FORMATS else "jsonl"

    def _default_path(self, fmt: str) -> str:
        return str(self.folder / DEFAULT_NAMES[fmt])

    def compose(self) -> ComposeResult:
        with Vertical(id="form", classes="form export"):
            yield Static(Content.assemble(("Export curated records", "bold")),
                         id="form-title")
            yield Label("Format", id="format-label")
            with FormatList(id="format"):
                for fmt, about in EXPORT_FORMATS.items():
                    yield RadioButton(Content.assemble((fmt, "bold"), "  ", (about, "dim")),
                                      value=fmt == self.format, id=f"format-{fmt}")
            with Grid(id="fields"):
                yield Label("Path", classes="field-label", id="label-path")
                yield TextInput(self._default_path(self.format), compact=True, id="path")
                yield Label("", classes="field-label", id="label-all")
                yield Checkbox("Include pending machine facts (--all)", False, compact=True,
                               id="all")
                yield Label("", classes="field-label", id="label-force")
                yield Checkbox("Replace the file (or write into the folder) if it exists "
                               "(--force)", False, compact=True, id="force")
            yield Static("", id="error")
            with Horizontal(id="form-buttons"):
                yield Button("Export (enter)", variant="primary", compact=True, id="save")
                yield Button("Cancel (esc)", compact=True, id="cancel")

    def on_mount(self) -> None:
        self.query_one("#error", Static).display = False
        self.query_one("#format", RadioSet).focus()

    @on(RadioSet.Changed, "#format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        fmt = (event.pressed.id or "").removeprefix("format-")
        if fmt not in EXPORT_FORMATS:
            return
        path = self.query_one("#path", Input)
        # Follow the format with the file name unless the person typed their own.
        if path.value.strip() in ("", self._default_path(self.format)):
            path.value = self._default_path(fmt)
        self.format = fmt

    def show_error(self, field: str | None, reason: str) -> None:
        error = self.query_one("#error", Static)
        error.update(error_content(field, reason))
        error.display = True
        if field:
            self.query_one(f"#{field}").focus()

    def result(self) -> dict | None:
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            self.show_error("path", "give a file (or, for brat, a folder) to write")
            return None
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        force = self.query_one("#force", Checkbox).value
        if path.exists() and not force:
            self.show_error("path", f"{path} already exists; choose another name, or tick "
                            "Replace")
            return None
        if not path.parent.is_dir():
            self.show_error("path", f"the folder {path.parent} does not exist")
            return None
        return {"format": self.format, "path": str(path),
                "all": self.query_one("#all", Checkbox).value, "force": force}

    def action_save(self) -> None:
        focused = self.focused
        if isinstance(focused, Button):
            raise SkipAction()
        result = self.result()
        if result is not None:
            self.dismiss(result)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # On the format list and the path, enter is the widget's own key (FormatList's
        # choose, the Input's submit): the form's priority enter would be handled
        # before keys typed just ahead of it (a pasted path and its enter).
        if action == "save" and isinstance(self.focused, FormatList | Input):
            return False
        return True

    @on(FormatList.Chosen)
    @on(Input.Submitted, "#path")
    def _format_chosen_again(self) -> None:
        result = self.result()
        if result is not None:
            self.dismiss(result)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        result = self.result()
        if result is not None:
            self.dismiss(result)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def _highlighted(radio_set: RadioSet) -> int | None:
    # RadioSet keeps its keyboard highlight privately; fall back to "same as pressed".
    return getattr(radio_set, "_selected", radio_set.pressed_index)


def kinds_help() -> Iterable[tuple[str, str]]:
    """The new-fact form's kind keys, for the help screen."""
    return [(key, KIND_LABELS[kind]) for kind, key in KIND_KEYS.items()]
