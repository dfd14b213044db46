//! Where the keyboard focus goes when what took it goes away, so that a keyboard or screen-reader
//! user carries on where they were: Escape in a menu gives it back to the control it came from; a
//! dialog, once closed, gives it back to the control that opened it; a record opened from a
//! problem or a link takes it into its first field. And wherever it goes, by Tab or on purpose,
//! the control that has it is scrolled into sight.
//!
//! egui clicks do not move the focus, so "the control that opened it" is the one last clicked or
//! focused, whichever came later, outside the menus (a dialog opened from a menu gives the focus
//! back to where it was before the menu).

use egui::{Context, Id, Response, Ui};

/// What is remembered from frame to frame, in egui's memory.
#[derive(Clone, Default)]
struct Remembered {
    /// The control last clicked or focused outside the menus.
    last_used: Option<Id>,
    /// Whether a menu was open, or the menu bar had the focus, at the end of the last frame.
    menus_in_use: bool,
    /// The dialogs open, each with the control to give the focus back to and the pass it was
    /// last drawn in.
    dialogs: Vec<OpenDialog>,
    /// Whether the next field of a record's form drawn takes the focus.
    first_field_wanted: bool,
    /// The control that had the focus at the end of the last frame.
    focused: Option<Id>,
    /// A control that took the focus last frame out of sight, to scroll into it this frame.
    to_bring_into_sight: Option<Id>,
}

#[derive(Clone)]
struct OpenDialog {
    id: Id,
    opener: Option<Id>,
    drawn_in: u64,
}

fn remembered_id() -> Id {
    Id::unique("where the keyboard focus goes back to")
}

fn update<R>(ctx: &Context, change: impl FnOnce(&mut Remembered) -> R) -> R {
    ctx.data_mut(|data| change(data.get_temp_mut_or_default::<Remembered>(remembered_id())))
}

/// The menu bar, drawn this frame: `buttons` are the menus' buttons in the bar and `open` whether
/// one of them is open. Escape while the menus were in use gives the focus back to the control it
/// came from; otherwise the control clicked or focused now is remembered as the one in use.
pub fn after_menu_bar(ctx: &Context, buttons: &[Id], open: bool) {
    let focused = ctx.memory(|memory| memory.focused());
    let clicked = ctx.interaction_snapshot(|snapshot| snapshot.clicked);
    let escape = ctx.input(|input| input.key_pressed(egui::Key::Escape));
    // A click on a label or a table's cell moves no focus: only a control that can have it is
    // one to go back to.
    let clicked = clicked.filter(|&id| {
        ctx.read_response(id)
            .is_some_and(|response| response.sense.is_focusable())
    });
    let in_use = open || focused.is_some_and(|id| buttons.contains(&id));
    let back = update(ctx, |remembered| {
        let was_in_use = std::mem::replace(&mut remembered.menus_in_use, in_use);
        if escape && was_in_use {
            remembered.menus_in_use = false;
            return remembered.last_used;
        }
        if !in_use
            && !was_in_use
            && let Some(used) = clicked.or(focused)
        {
            remembered.last_used = Some(used);
        }
        None
    });
    if let Some(id) = back {
        ctx.memory_mut(|memory| memory.request_focus(id));
    }
}

/// The dialog `id` is drawn this frame: on its first, it remembers the control that opened it.
pub fn dialog_shown(ctx: &Context, id: Id) {
    let pass = ctx.cumulative_pass_nr();
    update(ctx, |remembered| {
        match remembered.dialogs.iter_mut().find(|dialog| dialog.id == id) {
            Some(dialog) => dialog.drawn_in = pass,
            None => remembered.dialogs.push(OpenDialog {
                id,
                opener: remembered.last_used,
                drawn_in: pass,
            }),
        }
    });
}

/// After every dialog of the frame is drawn: a dialog that was not, has closed, and gives the
/// focus back to the control that opened it.
pub fn after_dialogs(ctx: &Context) {
    let pass = ctx.cumulative_pass_nr();
    let back = update(ctx, |remembered| {
        let mut back = None;
        remembered.dialogs.retain(|dialog| {
            let open = dialog.drawn_in == pass;
            if !open {
                back = back.or(dialog.opener);
            }
            open
        });
        back
    });
    if let Some(id) = back {
        ctx.memory_mut(|memory| memory.request_focus(id));
    }
}

/// Asks the first field of the record's form drawn next to take the focus (a record just opened
/// from a problem or a link).
pub fn want_first_field(ui: &Ui) {
    update(ui.ctx(), |remembered| remembered.first_field_wanted = true);
}

/// A field of a record's form, just drawn: it takes the focus if it is the first drawn since
/// [`want_first_field`] (and is then scrolled into sight as any control taking it is).
pub fn form_field(field: &Response) {
    let wanted = update(&field.ctx, |remembered| {
        std::mem::take(&mut remembered.first_field_wanted)
    });
    if wanted {
        field.request_focus();
    }
}

/// Before the frame is drawn: the control that took the focus out of sight last frame asks the
/// scroll area it lies in to bring it into sight, as a screen reader asks it to.
///
/// egui scrolls only from inside the scroll area, while the control is drawn; one request here
/// reaches it there, whichever view, editor or dialog it is in. (A control drawn partly in sight
/// is brought to the middle of its area.)
pub fn bring_focus_into_sight(ctx: &Context) {
    let Some(id) = update(ctx, |remembered| remembered.to_bring_into_sight.take()) else {
        return;
    };
    ctx.input_mut(|input| {
        input.events.push(egui::Event::AccessKitActionRequest(
            egui::accesskit::ActionRequest {
                action: egui::accesskit::Action::ScrollIntoView,
                target_tree: egui::accesskit::TreeId::ROOT,
                target_node: id.accesskit_id(),
                data: None,
            },
        ));
    });
}

/// After the frame is drawn: a control that took the focus this frame (by Tab, Shift+Tab, the
/// arrows or on purpose), drawn cut by its scroll area's edge or outside it, is brought into
/// sight next frame. One clicked is where the pointer is: it stays there.
pub fn note_focus_out_of_sight(ctx: &Context) {
    let focused = ctx.memory(|memory| memory.focused());
    let gained = update(ctx, |remembered| {
        let before = std::mem::replace(&mut remembered.focused, focused);
        focused.filter(|&id| Some(id) != before)
    });
    let by_pointer = ctx.input(|input| input.pointer.any_down() || input.pointer.any_released());
    let Some(id) = gained.filter(|_| !by_pointer) else {
        return;
    };
    let out_of_sight = ctx.read_response(id).is_some_and(|response| {
        !response
            .interact_rect
            .expand(0.5)
            .contains_rect(response.rect)
    });
    if out_of_sight {
        update(ctx, |remembered| remembered.to_bring_into_sight = Some(id));
        ctx.request_repaint();
    }
}
