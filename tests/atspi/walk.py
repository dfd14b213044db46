#!/usr/bin/env python3
"""Walks Attaché's window through AT-SPI, as Orca reads it, and checks what a screen-reader user
needs in each view: started by tests/atspi/run, which sets up the display and the buses and
opens the sample plan.

    walk.py TITLE

TITLE is the window's name ("visit.ron — Attaché"). Each view is shown with its shortcut
(Ctrl+1 … Ctrl+7) and its tree walked:
- nothing that takes the keyboard focus is without a name;
- the People, Organisations, Topics, Actions and Problems views show a table with column headers,
  rows and cells;
- with a person open, the drop-downs (Side, Delegation role, Organisation) tell their value.
Prints what it found per view; exits 1 with the list of failures.
"""

import subprocess
import sys
import time

import pyatspi

VIEWS = [
    ("1", "Overview", False),
    ("2", "Itinerary", False),
    ("3", "People", True),
    ("4", "Organisations", True),
    ("5", "Topics", True),
    ("6", "Actions", True),
    ("7", "Problems", True),
]
# The drop-downs of a person's editor, which must say what is chosen.
PERSON_DROP_DOWNS = ["Side", "Delegation role", "Organisation"]
# Deeper than any real tree: a guard against a cycle.
MOST_DEPTH = 80


def find_window(title, seconds=90):
    """The window's frame on the accessibility bus, once the app has put it there."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                frame = app.getChildAtIndex(j)
                if frame is not None and frame.name == title:
                    return frame
        time.sleep(0.5)
    sys.exit(f"walk.py: no window named {title!r} on the accessibility bus")


def nodes(root):
    """Every node under `root`, depth first."""
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if node is None or depth > MOST_DEPTH:
            continue
        yield node
        children = []
        for i in range(node.childCount):
            try:
                children.append(node.getChildAtIndex(i))
            except Exception:  # a node that went away while walked
                pass
        stack.extend((child, depth + 1) for child in reversed(children))


def states(node):
    return node.getState()


def describe(node):
    try:
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        where = f" at {extents.x},{extents.y} {extents.width}×{extents.height}"
    except Exception:
        where = ""
    return f"[{node.getRoleName()}] {node.name!r}{where}"


def value_of(node):
    """What a screen reader reads as a control's value: AT-SPI has no text value, so the adapter
    gives it as the Text interface's text, the Value interface's number, or the description."""
    try:
        text = node.queryText()
        content = text.getText(0, text.characterCount)
        if content.strip():
            return content
    except NotImplementedError:
        pass
    try:
        return str(node.queryValue().currentValue)
    except NotImplementedError:
        pass
    return node.description or None


def press(window_id, keys):
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False)
    subprocess.run(["xdotool", "key", "--window", window_id, keys], check=True)
    time.sleep(1.5)


def window_id(title):
    ascii_start = title.split(" ")[0]
    found = subprocess.run(
        ["xdotool", "search", "--name", "^" + ascii_start],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    if not found:
        sys.exit(f"walk.py: no X window named {title!r}")
    return found[-1]


def check_view(frame, name, is_list, failures):
    walked = list(nodes(frame))
    unnamed = [
        describe(node)
        for node in walked
        if states(node).contains(pyatspi.STATE_FOCUSABLE) and not (node.name or "").strip()
    ]
    if unnamed:
        failures.append(f"{name}: focusable without a name: {unnamed}")
    roles = {}
    for node in walked:
        roles[node.getRoleName()] = roles.get(node.getRoleName(), 0) + 1
    if is_list:
        for role in ("table", "column header", "table row", "table cell"):
            if not roles.get(role):
                failures.append(f"{name}: no {role} in the view")
    print(
        f"{name}: {len(walked)} nodes, {roles.get('table', 0)} table(s), "
        f"{roles.get('table row', 0)} rows, {roles.get('table cell', 0)} cells, "
        f"{len(unnamed)} focusable without a name"
    )
    return walked


def check_person_drop_downs(frame, window, failures):
    """Opens the first person from the People table with the keyboard and reads the editor's
    drop-downs."""
    table = next((node for node in nodes(frame) if node.getRoleName() == "table"), None)
    if table is None:
        failures.append("People: no table to open a person from")
        return
    table.queryComponent().grabFocus()
    time.sleep(0.5)
    press(window, "Down")
    combos = {
        node.name: value_of(node)
        for node in nodes(frame)
        if node.getRoleName() == "combo box"
    }
    for label in PERSON_DROP_DOWNS:
        if label not in combos:
            failures.append(f"People: no drop-down named {label!r} (found {sorted(combos)})")
        elif not combos[label]:
            failures.append(f"People: the drop-down {label!r} tells no value")
        else:
            print(f"People: {label} = {combos[label]!r}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    title = sys.argv[1]
    frame = find_window(title)
    window = window_id(title)
    time.sleep(2)
    failures = []
    for key, name, is_list in VIEWS:
        press(window, "ctrl+" + key)
        check_view(frame, name, is_list, failures)
        if name == "People":
            check_person_drop_downs(frame, window, failures)
    if failures:
        print("\nFAILED:", *failures, sep="\n- ", file=sys.stderr)
        sys.exit(1)
    print("ok: every view's tree, through AT-SPI")


if __name__ == "__main__":
    main()
