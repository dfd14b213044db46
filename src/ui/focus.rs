//! Where the keyboard focus goes when what took it goes away, so that a keyboard or screen-reader
//! user carries on where they were: Escape in a menu gives it back to the control it came from; a
//! dialog, once closed, gives it back to the control that opened it; a record opened from a
//! problem or a link takes it into its first field, and a form's field taking it is scrolled
//! into sight.
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
/// [`want_first_field`], and it scrolls into sight when it gains the focus (by Tab, or from a
/// screen reader), since egui does not.
pub fn form_field(field: &Response) {
    let wanted = update(&field.ctx, |remembered| {
        std::mem::take(&mut remembered.first_field_wanted)
    });
    if wanted {
        field.request_focus();
    }
    if wanted || field.gained_focus() {
        field.scroll_to_me(None);
    }
}
