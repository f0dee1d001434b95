/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-application.h"
#include "hc-compat.h"
#include "hc-new-plan-dialog.h"
#include "hc-plan-io.h"
#include "hc-preferences-window.h"
#include "hc-resources.h"
#include "hc-window-private.h"

struct _HcApplication
{
  AdwApplication  parent_instance;
  HcSession      *session;
  GSettings      *settings;
  gboolean        drafts_offered;
};

G_DEFINE_FINAL_TYPE (HcApplication, hc_application, ADW_TYPE_APPLICATION)

/* More drafts than this are offered as a list to choose from, not a
 * window each. */
#define HC_MAX_DRAFT_WINDOWS 3

static const struct
{
  const char *action;
  const char *accels[4];
} accels[] = {
  { "app.new",              { "<Control>n", NULL } },
  { "app.quit",             { "<Control>q", NULL } },
  { "app.preferences",      { "<Control>comma", NULL } },
  { "win.open",             { "<Control>o", NULL } },
  { "win.save",             { "<Control>s", NULL } },
  { "win.save-as",          { "<Control><Shift>s", NULL } },
  { "win.close",            { "<Control>w", NULL } },
  { "win.undo",             { "<Control>z", NULL } },
  { "win.redo",             { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.export",           { "<Control>e", NULL } },
  { "win.copy-chart",       { "<Control><Shift>c", NULL } },
  { "win.print",            { "<Control>p", NULL } },
  /* Ctrl+plus and Ctrl+minus zoom, as in every GNOME app. */
  { "win.add-position",     { "<Control><Shift>n", NULL } },
  { "win.zoom::in",         { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom::out",        { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom::fit",        { "<Control>0", "<Control>KP_0", NULL } },
  { "win.roles-phases",     { "<Control>r", NULL } },
  { "win.plan-properties",  { "F4", NULL } },
  { "win.toggle-sidebar",   { "F9", NULL } },
  { "win.show-page::timeline", { "<Alt>1", NULL } },
  { "win.show-page::budget",   { "<Alt>2", NULL } },
  /* Set here: the shortcuts window is not at gtk/help-overlay.ui, where
   * GtkApplication would find it and bind this itself (hc-window.c). */
  { "win.show-help-overlay",   { "<Control>question", NULL } },
};

static HcWindow *
get_empty_window (HcApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (HC_IS_WINDOW (active) && hc_window_get_document (HC_WINDOW (active)) == NULL)
    return HC_WINDOW (active);
  return NULL;
}

static void
action_new (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  HcApplication *self = user_data;
  GtkWindow *window = NULL;

  /* The templates are offered over the latest plan window: if it shows
   * no plan the chosen one goes into it, else into a new window.  The
   * application's windows are kept most recently focused first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       l != NULL && window == NULL; l = l->next)
    if (HC_IS_WINDOW (l->data))
      window = l->data;
  if (window == NULL)
    window = GTK_WINDOW (hc_window_new (GTK_APPLICATION (self)));
  gtk_window_present (window);
  gtk_window_present (GTK_WINDOW (hc_new_plan_dialog_new (window)));
}

static void
action_quit (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  HcApplication *self = user_data;
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                     (GCopyFunc) (void (*)(void)) g_object_ref, NULL);

  /* Each window asks about its own unsaved plan; Cancel keeps it open,
   * and with it the application. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
action_about (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  hc_compat_show_about (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
action_preferences (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  HcApplication *self = user_data;
  GtkWidget *window = hc_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (window),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "new", action_new, NULL, NULL, NULL, { 0 } },
  { "quit", action_quit, NULL, NULL, NULL, { 0 } },
  { "about", action_about, NULL, NULL, NULL, { 0 } },
  { "preferences", action_preferences, NULL, NULL, NULL, { 0 } },
};

static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; settings are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new (APP_ID);
}

static void
hc_application_startup (GApplication *application)
{
  HcApplication *self = HC_APPLICATION (application);

  G_APPLICATION_CLASS (hc_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
  self->settings = load_settings ();
  self->session = hc_session_new (g_get_user_state_dir ());
  hc_session_start (self->session);
  gtk_window_set_default_icon_name (APP_ID);
}

static void
hc_application_shutdown (GApplication *application)
{
  HcApplication *self = HC_APPLICATION (application);

  /* Reached only when the main loop ends normally: every window has been
   * closed through its save question, so nothing is left to restore. */
  if (self->session != NULL)
    hc_session_shutdown (self->session);

  G_APPLICATION_CLASS (hc_application_parent_class)->shutdown (application);
}

static void
offer_drafts_once (HcApplication *self,
                   GtkWindow     *parent)
{
  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;
  hc_application_offer_drafts (self, parent);
}

static void
hc_application_activate (GApplication *application)
{
  HcApplication *self = HC_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (hc_window_new (GTK_APPLICATION (self)));
  gtk_window_present (window);
  offer_drafts_once (self, window);
}

static void
hc_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  HcApplication *self = HC_APPLICATION (application);
  HcWindow *window = NULL;

  /* A plan already open is raised in its window, by whatever name it is
   * given: no new window is made for it, not even an empty one. */
  for (int i = 0; i < n_files; i++)
    {
      HcWindow *existing = hc_application_find_window (self, files[i]);

      if (existing != NULL)
        {
          gtk_window_present (GTK_WINDOW (existing));
          continue;
        }
      if (window == NULL && (window = get_empty_window (self)) == NULL)
        window = hc_window_new (GTK_APPLICATION (self));
      hc_window_open_file (window, files[i]);
    }
  if (window == NULL)
    return;
  /* While its plan is read the window stays hidden (hc_window_open_file
   * shows it when the read ends or takes long), so that its first frame
   * is the plan, not the welcome page laid out and drawn for nothing. */
  if (!_hc_window_is_busy (window) || hc_session_get_crashed (self->session))
    gtk_window_present (GTK_WINDOW (window));
  offer_drafts_once (self, GTK_WINDOW (window));
}

static void
hc_application_dispose (GObject *object)
{
  HcApplication *self = HC_APPLICATION (object);

  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hc_application_parent_class)->dispose (object);
}

static void
hc_application_class_init (HcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hc_application_dispose;
  app_class->startup = hc_application_startup;
  app_class->shutdown = hc_application_shutdown;
  app_class->activate = hc_application_activate;
  app_class->open = hc_application_open;

  hc_register_resource ();
}

static void
hc_application_init (HcApplication *self)
{
}

HcApplication *
hc_application_new (void)
{
  return g_object_new (HC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/headcount/Headcount",
                       NULL);
}

HcSession *
hc_application_get_session (HcApplication *self)
{
  g_return_val_if_fail (HC_IS_APPLICATION (self), NULL);
  return self->session;
}

GSettings *
hc_application_get_settings (HcApplication *self)
{
  g_return_val_if_fail (HC_IS_APPLICATION (self), NULL);
  return self->settings;
}

HcWindow *
hc_application_find_window (HcApplication *self,
                            GFile         *file)
{
  g_return_val_if_fail (HC_IS_APPLICATION (self), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (HC_IS_WINDOW (l->data) && hc_window_has_file (l->data, file))
      return l->data;
  return NULL;
}

HcWindow *
hc_application_show_document (HcApplication *self,
                              HcDocument    *document,
                              HcWindow      *origin)
{
  HcWindow *window;

  g_return_val_if_fail (HC_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (HC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (origin == NULL || HC_IS_WINDOW (origin), NULL);

  if (origin != NULL)
    window = hc_window_get_document (origin) == NULL ? origin : NULL;
  else
    window = get_empty_window (self);
  if (window == NULL)
    window = hc_window_new (GTK_APPLICATION (self));
  hc_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static HcDocument *
load_draft (HcDraft  *draft,
            GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) draft_file = g_file_new_for_path (draft->path);

  bytes = g_file_load_bytes (draft_file, NULL, NULL, error);
  if (bytes != NULL)
    plan = hc_plan_load_from_bytes (bytes, error);
  if (plan == NULL)
    return NULL;
  if (draft->uri != NULL)
    file = g_file_new_for_uri (draft->uri);
  return hc_document_new_from_draft (plan, file, draft->id);
}

/* Restores @drafts (HcDraft) each in its own window.  One that cannot be
 * read is set aside, so it is not offered again, and reported: it must
 * neither hide the good ones nor vanish without a word. */

/* A reason ends with a full stop before the next sentence: GError
 * messages, written to be quoted, mostly have none. */
static char *
as_sentence (const char *message)
{
  gsize len = strlen (message);

  if (len > 0 && strchr (".!?", message[len - 1]) != NULL)
    return g_strdup (message);
  return g_strconcat (message, ".", NULL);
}

static guint
restore_some (HcApplication *self,
              GPtrArray     *drafts)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  guint restored = 0, failed = 0;

  for (guint i = 0; i < drafts->len; i++)
    {
      HcDraft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDocument) document = load_draft (draft, &error);
      g_autofree char *aside = NULL;
      g_autofree char *aside_name = NULL;
      g_autoptr(GError) aside_error = NULL;

      if (document != NULL)
        {
          hc_application_show_document (self, document, NULL);
          restored++;
          continue;
        }
      failed++;
      g_message ("Cannot restore the draft %s: %s", draft->path, error->message);
      if (hc_session_set_aside_draft (self->session, draft->id, &aside, &aside_error))
        {
          g_autofree char *why = as_sentence (error->message);

          aside_name = g_filename_display_name (aside);
          g_string_append_printf (failures, _("“%s”: %s It is kept as “%s”."),
                                  draft->title != NULL ? draft->title : draft->id,
                                  why, aside_name);
        }
      else
        {
          g_autofree char *why = as_sentence (error->message);
          g_autofree char *aside_why = as_sentence (aside_error->message);

          g_string_append_printf (failures, "“%s”: %s %s",
                                  draft->title != NULL ? draft->title : draft->id,
                                  why, aside_why);
        }
      g_string_append (failures, "\n");
    }
  if (failed > 0)
    {
      GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
      const HcAlertResponse responses[] = { { "close", _("_Close"), HC_RESPONSE_DEFAULT } };
      g_autofree char *body = g_strdup_printf ("%s\n\n%s",
                                               g_dngettext (GETTEXT_PACKAGE,
                                                            "A draft could not be read and was set aside; it will not be offered again.",
                                                            "Some drafts could not be read and were set aside; they will not be offered again.",
                                                            failed),
                                               failures->str);

      g_strchomp (body);
      hc_compat_alert_show (parent, g_dngettext (GETTEXT_PACKAGE, "A Draft Could Not Be Restored",
                                                 "Drafts Could Not Be Restored", failed),
                            body, responses, 1, "close", "close", NULL, NULL);
    }
  return restored;
}

guint
hc_application_restore_drafts (HcApplication *self)
{
  g_autoptr(GPtrArray) drafts = NULL;

  g_return_val_if_fail (HC_IS_APPLICATION (self), 0);

  drafts = hc_session_list_drafts (self->session);
  return restore_some (self, drafts);
}

/* ---- choosing among many drafts ---------------------------------------- */

typedef struct
{
  HcApplication *app;
  GPtrArray     *drafts;   /* HcDraft */
  GPtrArray     *checks;   /* GtkCheckButton, one per draft */
} DraftChooser;

static void
draft_chooser_free (DraftChooser *chooser)
{
  g_ptr_array_unref (chooser->drafts);
  g_ptr_array_unref (chooser->checks);
  g_free (chooser);
}

static void
on_chooser_restore (GtkWidget *window)
{
  DraftChooser *chooser = g_object_get_data (G_OBJECT (window), "hc-draft-chooser");
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  for (guint i = 0; i < chooser->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (chooser->checks, i)))
      g_ptr_array_add (chosen, g_ptr_array_index (chooser->drafts, i));
  restore_some (chooser->app, chosen);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Too many drafts for a window each (a thousand would open a thousand):
 * a list to choose from, the rest kept for later. */
static GtkWidget *
show_draft_chooser (HcApplication *self,
                    GtkWindow     *parent,
                    GPtrArray     *drafts)
{
  DraftChooser *chooser = g_new0 (DraftChooser, 1);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("Choose the plans to open; the others are kept for later."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Later"));
  GtkWidget *restore = gtk_button_new_with_mnemonic (_("_Restore Selected"));

  chooser->app = self;
  chooser->drafts = g_ptr_array_ref (drafts);
  chooser->checks = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Restore Unsaved Plans"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 420);
  gtk_widget_set_name (window, "draft-chooser");
  g_object_set_data_full (G_OBJECT (window), "hc-draft-chooser", chooser,
                          (GDestroyNotify) draft_chooser_free);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < drafts->len; i++)
    {
      HcDraft *draft = g_ptr_array_index (drafts, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *where = NULL;

      /* Titles and paths are the user's text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     draft->title != NULL ? draft->title : _("Untitled Plan"));
      if (draft->uri != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (draft->uri);
          where = g_file_get_parse_name (file);
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   where != NULL ? where : _("Not saved yet"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_ptr_array_add (chooser->checks, check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_add_css_class (restore, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), restore);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (window), box);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  g_signal_connect_swapped (restore, "clicked", G_CALLBACK (on_chooser_restore), window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
on_drafts_answer (const char *response,
                  gpointer    user_data)
{
  HcApplication *self = user_data;

  if (g_strcmp0 (response, "restore") == 0)
    {
      g_autoptr(GPtrArray) drafts = hc_session_list_drafts (self->session);

      if (drafts->len > HC_MAX_DRAFT_WINDOWS)
        show_draft_chooser (self, gtk_application_get_active_window (GTK_APPLICATION (self)),
                            drafts);
      else
        restore_some (self, drafts);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GPtrArray) drafts = hc_session_list_drafts (self->session);

      for (guint i = 0; i < drafts->len; i++)
        hc_session_remove_draft (self->session, ((HcDraft *) g_ptr_array_index (drafts, i))->id);
    }
}

guint
hc_application_offer_drafts (HcApplication *self,
                             GtkWindow     *parent)
{
  const HcAlertResponse responses[] = {
    { "discard", _("_Discard"), HC_RESPONSE_DESTRUCTIVE },
    { "restore", _("_Restore"), HC_RESPONSE_SUGGESTED },
  };
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (HC_IS_APPLICATION (self), 0);

  /* Headcount runs once per session, so every draft on disk at start-up
   * was left by an earlier run: one that crashed, or one whose restore
   * question was put off. */
  drafts = hc_session_list_drafts (self->session);
  if (drafts->len == 0)
    return 0;
  if (hc_session_get_crashed (self->session))
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Headcount stopped before %u plan with changes was saved. Its last draft is kept.",
                                         "Headcount stopped before %u plans with changes were saved. Their last drafts are kept.",
                                         drafts->len),
                            drafts->len);
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u plan with unsaved changes is kept from an earlier session.",
                                         "%u plans with unsaved changes are kept from an earlier session.",
                                         drafts->len),
                            drafts->len);
  /* "later" keeps the drafts on disk for the next start. */
  hc_compat_alert_show (parent, _("Restore Unsaved Plans?"), body, responses,
                        G_N_ELEMENTS (responses), "restore", "later",
                        on_drafts_answer, self);
  return drafts->len;
}
