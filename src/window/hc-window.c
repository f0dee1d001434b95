/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-application.h"
#include "hc-budget.h"
#include "hc-compat.h"
#include "hc-format.h"
#include "hc-plan-io.h"
#include "hc-timeline.h"
#include "hc-window-private.h"

G_DEFINE_FINAL_TYPE (HcWindow, hc_window, ADW_TYPE_APPLICATION_WINDOW)

static HcApplication *
get_app (HcWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? HC_APPLICATION (app) : HC_APPLICATION (g_application_get_default ());
}

static void
update_title (HcWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;

  if (self->document == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, _("Headcount"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_label_set_label (self->plan_label, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Headcount"));
      return;
    }
  title = hc_document_dup_title (self->document);
  /* The mark comes first so that a shortened title still shows it. */
  shown = hc_document_get_modified (self->document) ? g_strdup_printf ("• %s", title)
                                                    : g_strdup (title);
  file = hc_document_get_file (self->document);
  subtitle = file != NULL ? g_file_get_parse_name (file) : g_strdup (_("Not saved yet"));
  adw_view_switcher_title_set_title (self->switcher_title, shown);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_label_set_label (self->plan_label, shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->plan_label), subtitle);
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

static void
update_summary (HcWindow *self)
{
  HcPlan *plan = hc_document_get_plan (self->document);
  guint people = hc_plan_get_headcount (plan);
  g_autofree char *cost = hc_format_money_range_compact (hc_budget_get_first_year (self->budget),
                                                 hc_plan_get_currency (plan));
  GDate start = hc_plan_get_start_date (plan);
  g_autofree char *complete = hc_format_week_month_span (hc_timeline_get_team_complete (self->timeline),
                                                         &start);
  g_autofree char *first_year = hc_budget_get_first_year_label (self->budget);
  g_autofree char *text = NULL;

  if (people == 0)
    text = g_strdup (_("No positions yet: add one to see the budget and the timeline."));
  else
    /* The first-year label as it is ("First year", "First 6 months"):
     * lowercasing it for the middle of a sentence is English only. */
    /* Translators: "5 people · First year: $1.2M–$1.5M · team complete
     * by weeks 10–18 · months 3–5" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u person · %s: %s · team complete by %s",
                                         "%u people · %s: %s · team complete by %s",
                                         people),
                            people, first_year, cost, complete);
  gtk_label_set_label (self->summary_label, text);
}

/* A plan made with an older benchmark set is offered the current one,
 * with the figures that would change named (DOMAIN.md, "What a plan file
 * stores"); an undo of the update offers it again. */
static void
update_benchmarks_banner (HcWindow *self,
                          HcPlan   *plan)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  const char *set;

  if (!hc_plan_has_older_benchmarks (plan) || self->benchmarks_dismissed)
    {
      gtk_revealer_set_reveal_child (self->benchmarks_banner, FALSE);
      return;
    }
  set = hc_benchmark_set_get_label (hc_plan_get_benchmarks (plan));
  changes = hc_plan_list_benchmark_changes (plan);
  if (changes->len == 0)
    text = g_strdup_printf (_("This plan was made with older benchmarks (%s). None of its figures would change: they are all set by hand."),
                            set);
  else
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (changes, NULL);
      list = g_strjoinv ("; ", (char **) changes->pdata);
      /* Translators: %s is the older set's name, %s the figures, "Benefits: 21.5–23 % → 20.8–23.5 %; …" */
      text = g_strdup_printf (_("This plan was made with older benchmarks (%s). Updating to the current ones changes %s. Figures set by hand stay as they are."),
                              set, list);
    }
  gtk_label_set_label (self->benchmarks_label, text);
  gtk_revealer_set_reveal_child (self->benchmarks_banner, TRUE);
}

/* Every figure in the window comes from one computation per change, so
 * they never disagree. */
static void
refresh_figures (HcWindow *self)
{
  HcPlan *plan = hc_document_get_plan (self->document);

  self->n_refreshes++;
  g_clear_pointer (&self->timeline, hc_timeline_unref);
  g_clear_pointer (&self->budget, hc_budget_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  self->timeline = hc_timeline_compute (plan);
  self->budget = hc_budget_compute (plan, self->timeline);
  self->checks = hc_plan_check (plan, self->timeline);
  hc_composition_editor_refresh (self->editor, self->checks);
  hc_budget_panel_update (self->budget_panel, self->timeline, self->budget);
  if (self->gantt_view != NULL)
    hc_gantt_view_update (self->gantt_view, self->timeline, self->budget);
  update_summary (self);
  update_title (self);
  update_benchmarks_banner (self, plan);
  _hc_window_update_actions (self);
}

static gboolean
refresh_after_pause (gpointer data)
{
  HcWindow *self = data;

  self->refresh_timeout = 0;
  if (self->document != NULL)
    refresh_figures (self);
  return G_SOURCE_REMOVE;
}

/* An edit itself costs no whole-plan work (hc-edit.h), but what follows
 * it does: timeline, budget and checks (0.2 s for 100,000 positions), the
 * chart and the team list (seconds).  A small plan's figures follow each change at once; a large
 * plan's once typing pauses, so that keys are not queued behind them. */
static void
on_document_changed (HcWindow *self)
{
  HcPlan *plan = hc_document_get_plan (self->document);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan)));

  g_clear_handle_id (&self->refresh_timeout, g_source_remove);
  if (n < HC_WINDOW_LARGE_PLAN_POSITIONS)
    refresh_figures (self);
  else
    self->refresh_timeout = g_timeout_add (self->refresh_pause_ms, refresh_after_pause, self);
}

static void
on_document_state (HcWindow *self)
{
  update_title (self);
  _hc_window_update_actions (self);
}

static void
on_changed_on_disk (HcWindow *self)
{
  gtk_revealer_set_reveal_child (self->disk_banner, TRUE);
}

static void
on_undo_stack_notify (HcWindow *self)
{
  _hc_window_update_undo_menu (self);
  _hc_window_update_actions (self);
}

static void
disconnect_document (HcWindow *self)
{
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->undo_signals != NULL)
    g_signal_group_set_target (self->undo_signals, NULL);
  g_clear_object (&self->document);
}

/* The window shows one document after another (a template, then a file):
 * signal groups follow whichever it is. */
static void
follow_documents (HcWindow *self)
{
  self->document_signals = g_signal_group_new (HC_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (on_document_changed), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (on_document_state), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (on_document_state), self);
  g_signal_group_connect_swapped (self->document_signals, "changed-on-disk",
                                  G_CALLBACK (on_changed_on_disk), self);
  self->undo_signals = g_signal_group_new (HC_TYPE_UNDO_STACK);
  g_signal_group_connect_swapped (self->undo_signals, "notify",
                                  G_CALLBACK (on_undo_stack_notify), self);
}

/* A draft that cannot be written loses work if the app dies: the user is
 * told once when drafts start failing, and once when they work again.
 * A toast that stays until dismissed, not an alert: drafts fail while the
 * person types, and an alert would take the next keys (a Space closed it
 * before it was read). */
static void
on_draft_written (HcWindow     *self,
                  HcDocument   *document,
                  const GError *error)
{
  if (document != self->document)
    return;
  if (error != NULL && !self->draft_failing)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      g_autofree char *title = g_strdup_printf (_("Drafts cannot be written: %s. Unsaved changes "
                                                  "are not kept if Headcount stops; save the "
                                                  "plan to keep them."),
                                                escaped);

      self->draft_failing = TRUE;
      g_free (self->last_error);
      self->last_error = g_strdup (error->message);
      g_clear_object (&self->draft_toast);
      self->draft_toast = g_object_ref (adw_toast_new (title));
      adw_toast_set_timeout (self->draft_toast, 0);
      adw_toast_set_priority (self->draft_toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, self->draft_toast);
    }
  else if (error == NULL && self->draft_failing)
    {
      self->draft_failing = FALSE;
      if (self->draft_toast != NULL)
        adw_toast_dismiss (self->draft_toast);
      g_clear_object (&self->draft_toast);
      _hc_window_toast (self, _("Drafts are written again"));
    }
}

/* What the loader read differently from the file (a location preset
 * stored with another level's percentage, a preset name this version
 * does not know) is said once, when the window takes the plan. */
static void
show_load_notes (HcWindow *self,
                 HcPlan   *plan)
{
  for (const char * const *note = hc_plan_get_load_notes (plan); *note != NULL; note++)
    {
      /* A toast's title is markup; a location's name is the file's. */
      g_autofree char *escaped = g_markup_escape_text (*note, -1);
      AdwToast *toast = adw_toast_new (escaped);

      /* Long enough to read a sentence; a click dismisses it. */
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

void
hc_window_set_document (HcWindow   *self,
                        HcDocument *document)
{
  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (HC_IS_DOCUMENT (document));

  if (!self->draft_watched)
    {
      self->draft_watched = TRUE;
      g_signal_connect_object (hc_application_get_session (get_app (self)), "draft-written",
                               G_CALLBACK (on_draft_written), self, G_CONNECT_SWAPPED);
    }
  self->draft_failing = FALSE;
  self->benchmarks_dismissed = FALSE;

  if (self->document != NULL)
    hc_session_untrack (hc_application_get_session (get_app (self)), self->document, FALSE);
  disconnect_document (self);
  self->document = g_object_ref (document);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->undo_signals, hc_document_get_undo_stack (document));
  hc_composition_editor_set_document (self->editor, document);
  hc_budget_panel_set_document (self->budget_panel, document);
  if (self->gantt_view != NULL)
    hc_gantt_view_set_document (self->gantt_view, document);
  hc_session_track (hc_application_get_session (get_app (self)), document);
  gtk_stack_set_visible_child_name (self->main_stack, "plan");
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), TRUE);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  g_clear_handle_id (&self->refresh_timeout, g_source_remove);
  refresh_figures (self);
  _hc_window_update_undo_menu (self);
  show_load_notes (self, hc_document_get_plan (document));
}

HcDocument *
hc_window_get_document (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);
  return self->document;
}

static char *
file_identity (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE))
                      : NULL;
}

/* One file by two names (through a link, a hard link, a bind mount):
 * the file system's identity of each, links followed, tells. */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autofree char *id_a = file_identity (a);
  g_autofree char *id_b = id_a != NULL ? file_identity (b) : NULL;

  return id_a != NULL && g_strcmp0 (id_a, id_b) == 0;
}

gboolean
hc_window_has_file (HcWindow *self,
                    GFile    *file)
{
  GFile *mine;

  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);

  mine = self->document != NULL ? hc_document_get_file (self->document) : NULL;
  if (mine == NULL || file == NULL)
    return FALSE;
  return g_file_equal (mine, file) || same_file (mine, file);
}

void
_hc_window_toast (HcWindow   *self,
                  const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

void
_hc_window_show_error (HcWindow   *self,
                       const char *heading,
                       const char *message)
{
  static const HcAlertResponse responses[] = {
    { "close", N_("_Close"), HC_RESPONSE_DEFAULT },
  };
  HcAlertResponse translated = responses[0];

  g_free (self->last_error);
  self->last_error = g_strdup (message);
  translated.label = _(responses[0].label);
  hc_compat_alert_show (GTK_WINDOW (self), heading, message, &translated, 1,
                        "close", "close", NULL, NULL);
}

typedef struct
{
  HcWindow *window;
  GFile    *file;
} OpenRequest;

static void
open_request_free (OpenRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static void
on_document_loaded (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpenRequest *request = user_data;
  HcWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDocument) document = hc_document_load_finish (result, &error);

  self->busy--;
  /* Shown now, one way or the other. */
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (request->file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_present (GTK_WINDOW (self));
          _hc_window_show_error (self, heading, error->message);
        }
    }
  else
    {
      add_to_recent (request->file);
      hc_application_show_document (get_app (self), document, self);
    }
  open_request_free (request);
}

/* A window kept hidden while its first plan is read is shown anyway when
 * the read takes longer than a person would wait for a window. */
#define PRESENT_LOADING_AFTER_MS 300

static gboolean
present_while_loading (gpointer user_data)
{
  HcWindow *self = user_data;

  self->present_timeout = 0;
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

void
hc_window_open_file (HcWindow *self,
                     GFile    *file)
{
  HcWindow *existing;
  OpenRequest *request;

  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((existing = hc_application_find_window (get_app (self), file)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }
  request = g_new0 (OpenRequest, 1);
  request->window = g_object_ref (self);
  request->file = g_object_ref (file);
  self->busy++;
  hc_document_load_async (file, self->cancellable, on_document_loaded, request);
  /* No reference: closing the window removes the timeout, so a window
   * closed while its plan is read is never shown again. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self)) && self->present_timeout == 0)
    self->present_timeout = g_timeout_add (PRESENT_LOADING_AFTER_MS, present_while_loading, self);
}

static void
on_close_answer (const char *response,
                 gpointer    user_data)
{
  HcWindow *self = user_data;

  if (g_strcmp0 (response, "discard") == 0)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    _hc_window_save_to (self, NULL, TRUE);
  /* "cancel": the window and its plan stay exactly as they were. */
}

static void
ask_to_save (HcWindow *self)
{
  const HcAlertResponse responses[] = {
    { "cancel", _("_Cancel"), HC_RESPONSE_DEFAULT },
    { "discard", _("_Discard"), HC_RESPONSE_DESTRUCTIVE },
    { "save", _("_Save"), HC_RESPONSE_SUGGESTED },
  };
  g_autofree char *title = hc_document_dup_title (self->document);
  g_autofree char *heading = g_strdup_printf (_("Save Changes to “%s”?"), title);

  hc_compat_alert_show (GTK_WINDOW (self), heading,
                        _("Unsaved changes are lost when the plan is closed without saving."),
                        responses, G_N_ELEMENTS (responses), "save", "cancel",
                        on_close_answer, self);
}

static void
save_window_state (HcWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  /* The Timeline's zoom, once it was built: 0 for "fit the plan". */
  if (self->gantt_view != NULL)
    g_settings_set_double (self->settings, "timeline-week-width",
                           hc_gantt_view_get_fit (self->gantt_view)
                           ? 0 : hc_gantt_view_get_week_width (self->gantt_view));
}

static gboolean
hc_window_close_request (GtkWindow *window)
{
  HcWindow *self = HC_WINDOW (window);

  if (self->document != NULL && hc_document_get_modified (self->document) &&
      !self->close_confirmed)
    {
      ask_to_save (self);
      return TRUE;
    }
  save_window_state (self);
  if (self->document != NULL)
    hc_session_untrack (hc_application_get_session (get_app (self)), self->document, FALSE);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  return GTK_WINDOW_CLASS (hc_window_parent_class)->close_request (window);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         HcWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    hc_window_open_file (self, l->data);
  return files != NULL;
}

static void
setup_drop_target (HcWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
restore_window_state (HcWindow *self)
{
  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  /* Only read here: a folded (narrow) window hides the sidebar by itself,
   * and that is not the person's preference for a wide one. */
  g_settings_bind (self->settings, "sidebar-visible", self->sidebar_button, "active",
                   G_SETTINGS_BIND_GET);
}

static void
on_sidebar_toggled (HcWindow *self)
{
  if (self->settings != NULL && !adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "sidebar-visible",
                            gtk_toggle_button_get_active (self->sidebar_button));
}

static void
on_flap_folded (HcWindow *self)
{
  /* Unfolding brings back the sidebar as the person last left it wide. */
  if (self->settings != NULL && !adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap,
                              g_settings_get_boolean (self->settings, "sidebar-visible"));
}

/* With the view switcher in the middle of the header bar, the plan's name
 * and its unsaved mark move to the start; when the switcher does not fit,
 * it moves to the bottom bar. */
static gboolean
apply_switcher_placement (gpointer data)
{
  HcWindow *self = data;
  gboolean title_shown = adw_view_switcher_title_get_title_visible (self->switcher_title);

  self->switcher_idle = 0;
  adw_view_switcher_bar_set_reveal (self->switcher_bar, title_shown);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_label), !title_shown);
  return G_SOURCE_REMOVE;
}

/* The switcher title decides while the header bar is being allocated;
 * changing what the header holds in the middle of that leaves a child
 * without an allocation, so the change waits for the next idle. */
static void
on_title_visible_changed (HcWindow *self)
{
  if (self->switcher_idle == 0)
    self->switcher_idle = g_idle_add (apply_switcher_placement, self);
}

/* The plan's title in the header opens its properties, where it is
 * edited; the switcher title only while it shows the title, not the
 * view switcher's buttons. */
static void
on_title_clicked (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  HcWindow        *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (self->document == NULL ||
      (widget == GTK_WIDGET (self->switcher_title) &&
       !adw_view_switcher_title_get_title_visible (self->switcher_title)))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.plan-properties", NULL);
}

static void
open_properties_on_click (HcWindow  *self,
                          GtkWidget *widget)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "released", G_CALLBACK (on_title_clicked), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
}

static GMenuModel *
build_primary_menu (HcWindow *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) save = g_menu_new ();
  g_autoptr(GMenu) plan = g_menu_new ();
  g_autoptr(GMenu) app = g_menu_new ();

  g_menu_append (files, _("_New Plan…"), "app.new");
  g_menu_append (files, _("_Open…"), "win.open");
  self->undo_section = g_menu_new ();
  g_menu_append (save, _("_Save"), "win.save");
  g_menu_append (save, _("Save _As…"), "win.save-as");
  g_menu_append (save, _("_Export…"), "win.export");
  g_menu_append (save, _("_Copy Chart"), "win.copy-chart");
  g_menu_append (save, _("_Print…"), "win.print");
  g_menu_append (plan, _("Plan _Properties…"), "win.plan-properties");
  g_menu_append (plan, _("_Roles and Phases…"), "win.roles-phases");
  g_menu_append (app, _("_Preferences"), "app.preferences");
  g_menu_append (app, _("_Keyboard Shortcuts"), "win.show-help-overlay");
  g_menu_append (app, _("_About Headcount"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (files));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (self->undo_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (save));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (plan));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (app));
  return G_MENU_MODEL (menu);
}

static void
hc_window_dispose (GObject *object)
{
  HcWindow *self = HC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->switcher_idle, g_source_remove);
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  g_clear_handle_id (&self->refresh_timeout, g_source_remove);
  /* Destroyed without being closed (the application going away): keep
   * the draft, which is exactly what a next start should offer. */
  if (self->document != NULL && g_application_get_default () != NULL)
    hc_session_untrack (hc_application_get_session (get_app (self)), self->document, TRUE);
  disconnect_document (self);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->undo_signals);
  g_clear_object (&self->draft_toast);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->undo_section);
  g_clear_pointer (&self->timeline, hc_timeline_unref);
  g_clear_pointer (&self->budget, hc_budget_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->last_error, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_WINDOW);

  G_OBJECT_CLASS (hc_window_parent_class)->dispose (object);
}

static void
hc_window_class_init (HcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hc_window_dispose;
  window_class->close_request = hc_window_close_request;

  g_type_ensure (HC_TYPE_WELCOME_PAGE);
  g_type_ensure (HC_TYPE_COMPOSITION_EDITOR);
  g_type_ensure (HC_TYPE_BUDGET_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HcWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, plan_label);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, disk_banner);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, benchmarks_banner);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, benchmarks_label);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, gantt_scroller);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, budget_panel);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, summary_label);
  _hc_window_class_add_actions (widget_class);
}

/* The shortcuts window is built after the first frame, not with the
 * window: GtkApplicationWindow would otherwise build it from
 * gtk/help-overlay.ui (some 10 ms) before anything is drawn. */
static gboolean
add_help_overlay (gpointer user_data)
{
  HcWindow *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;

  /* No cancellable: the window was disposed meanwhile. */
  if (self->cancellable == NULL ||
      gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self)) != NULL)
    return G_SOURCE_REMOVE;
  builder = gtk_builder_new_from_resource ("/io/github/headcount/Headcount/ui/help-overlay.ui");
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  return G_SOURCE_REMOVE;
}

/* The selection is one in the timeline and the team list. */
static void
on_gantt_selection (HcWindow *self)
{
  hc_team_list_set_selected_position (hc_composition_editor_get_team_list (self->editor),
                                      hc_gantt_view_get_selected_position (self->gantt_view));
}

static void
on_team_position_activated (HcWindow   *self,
                            const char *position_id)
{
  if (self->gantt_view != NULL)
    hc_gantt_view_set_selected_position (self->gantt_view, position_id);
  else
    hc_team_list_set_selected_position (hc_composition_editor_get_team_list (self->editor), position_id);
}

static void
on_gantt_activate_position (HcWindow   *self,
                            const char *position_id)
{
  adw_flap_set_reveal_flap (self->flap, TRUE);
  hc_composition_editor_edit_position (self->editor, position_id);
}

/* A drag changes the plan without ending its edit: the figures follow. */
static void
on_gantt_live_edit (HcWindow *self)
{
  refresh_figures (self);
}

/* The zoom the last window closed with (0, or none: fit the plan), within
 * the view's own bounds. */
static void
restore_zoom (HcWindow *self)
{
  GParamSpecDouble *spec;
  double width;

  if (self->settings == NULL || (width = g_settings_get_double (self->settings, "timeline-week-width")) <= 0)
    return;
  spec = G_PARAM_SPEC_DOUBLE (g_object_class_find_property (G_OBJECT_GET_CLASS (self->gantt_view), "week-width"));
  g_object_set (self->gantt_view, "week-width", CLAMP (width, spec->minimum, spec->maximum), NULL);
}

HcGanttView *
_hc_window_ensure_gantt_view (HcWindow *self)
{
  if (self->gantt_view != NULL)
    return self->gantt_view;
  self->gantt_view = HC_GANTT_VIEW (hc_gantt_view_new ());
  restore_zoom (self);
  gtk_scrolled_window_set_child (self->gantt_scroller, GTK_WIDGET (self->gantt_view));
  g_signal_connect_object (self->gantt_view, "notify::selected-position",
                           G_CALLBACK (on_gantt_selection), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gantt_view, "activate-position",
                           G_CALLBACK (on_gantt_activate_position), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gantt_view, "live-edit",
                           G_CALLBACK (on_gantt_live_edit), self, G_CONNECT_SWAPPED);
  if (self->document != NULL)
    {
      hc_gantt_view_set_document (self->gantt_view, self->document);
      hc_gantt_view_update (self->gantt_view, self->timeline, self->budget);
      hc_gantt_view_set_selected_position (self->gantt_view,
        hc_team_list_get_selected_position (hc_composition_editor_get_team_list (self->editor)));
    }
  return self->gantt_view;
}

static gboolean
build_gantt_view (gpointer user_data)
{
  HcWindow *self = user_data;

  /* No cancellable: the window was disposed meanwhile. */
  if (self->cancellable != NULL)
    _hc_window_ensure_gantt_view (self);
  return G_SOURCE_REMOVE;
}

static void
on_visible_page (HcWindow *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0 &&
      self->document != NULL)
    _hc_window_ensure_gantt_view (self);
}

static void
on_first_frame (GdkFrameClock *clock,
                HcWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  g_idle_add_full (G_PRIORITY_LOW, add_help_overlay, g_object_ref (self), g_object_unref);
  g_idle_add_full (G_PRIORITY_LOW, build_gantt_view, g_object_ref (self), g_object_unref);
}

static void
on_realize (HcWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_frame), self, 0);
}

static void
hc_window_init (HcWindow *self)
{
  g_autoptr(GMenuModel) menu = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->refresh_pause_ms = HC_WINDOW_REFRESH_PAUSE_MS;
  follow_documents (self);
  menu = build_primary_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  g_object_bind_property (self->sidebar_button, "active", self->flap, "reveal-flap",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->sidebar_button, "notify::active",
                            G_CALLBACK (on_sidebar_toggled), self);
  g_signal_connect_swapped (self->flap, "notify::folded", G_CALLBACK (on_flap_folded), self);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (on_title_visible_changed), self);
  apply_switcher_placement (self);
  open_properties_on_click (self, GTK_WIDGET (self->plan_label));
  open_properties_on_click (self, GTK_WIDGET (self->switcher_title));
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), FALSE);
  /* The welcome page has no Timeline or Budget to switch to: the header
   * shows the app's name there, and the switcher comes with a plan. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  setup_drop_target (self);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (on_visible_page), self);
  g_signal_connect_swapped (hc_composition_editor_get_team_list (self->editor), "activate-position",
                            G_CALLBACK (on_team_position_activated), self);
}

HcWindow *
hc_window_new (GtkApplication *application)
{
  HcWindow *self = g_object_new (HC_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = hc_application_get_settings (HC_APPLICATION (application));

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      restore_window_state (self);
    }
  update_title (self);
  _hc_window_update_actions (self);
  return self;
}

const char *
_hc_window_get_last_error (HcWindow *self)
{
  return self->last_error;
}

gboolean
_hc_window_is_busy (HcWindow *self)
{
  return self->busy > 0;
}

const char *
_hc_window_get_summary (HcWindow *self)
{
  return gtk_label_get_label (self->summary_label);
}
