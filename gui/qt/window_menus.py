"""The window's menus and toolbar, and the actions of the View and Help menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from gui.i18n import translate
from gui.qt.actions import make_action
from gui.qt.icons import icon

if TYPE_CHECKING:
    from gui.qt.window import MainWindow


class ViewActions:
    """Find, filter, order, zoom, settings, legend, about and quit."""

    def __init__(self, window: MainWindow) -> None:
        self.quit = make_action(
            window,
            translate("MainWindow", "&Quit"),
            window.close,
            icon_name="quit",
            shortcuts=["Ctrl+Q"],
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.find = make_action(
            window,
            translate("MainWindow", "&Find…"),
            window.filter_bar.focus_search,
            icon_name="search",
            shortcuts=[QKeySequence.StandardKey.Find, "Ctrl+F"],
            tip=translate("MainWindow", "Search the fact labels and the outlets' sentences"),
        )
        self.clear_filter = make_action(
            window,
            translate("MainWindow", "&Clear Filter"),
            window.filter_bar.clear,
            icon_name="clear-filter",
            shortcuts=["Ctrl+Shift+F"],
            tip=translate("MainWindow", "Show every fact and every outlet"),
        )
        self.default_order = make_action(
            window,
            translate("MainWindow", "&Default Order"),
            window.matrix_view.reset_order,
            icon_name="default-order",
            tip=translate("MainWindow", "Conflicts first, then facts stated by more outlets"),
        )
        self.zoom_in = make_action(
            window,
            translate("MainWindow", "Zoom &In"),
            window.matrix_view.zoom_in,
            icon_name="zoom-in",
            shortcuts=[QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="],
        )
        self.zoom_out = make_action(
            window,
            translate("MainWindow", "Zoom &Out"),
            window.matrix_view.zoom_out,
            icon_name="zoom-out",
            shortcuts=[QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
        )
        self.zoom_reset = make_action(
            window,
            translate("MainWindow", "&Reset Zoom"),
            window.matrix_view.reset_zoom,
            icon_name="zoom-reset",
            shortcuts=["Ctrl+0"],
        )
        self.settings = make_action(
            window,
            translate("MainWindow", "&Settings…"),
            window.show_settings,
            icon_name="settings",
            shortcuts=[QKeySequence.StandardKey.Preferences, "Ctrl+,"],
            tip=translate("MainWindow", "The interface language"),
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.legend = make_action(
            window,
            translate("MainWindow", "&Legend"),
            window.show_legend,
            icon_name="legend",
            tip=translate("MainWindow", "What the colours and glyphs mean"),
        )
        self.about = make_action(
            window,
            translate("MainWindow", "&About Claimgrid"),
            window.show_about,
            icon_name="about",
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)


def build_menus(window: MainWindow) -> None:
    """File, Edit, View, Analysis and Help, and the main toolbar."""
    view = window.view_actions
    menus = window.menuBar()
    corpus = window.corpus
    file_menu = menus.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.projects.new_action, window.projects.open_action])
    file_menu.addMenu(window.projects.recent_menu)
    file_menu.addAction(window.projects.save_as_action)
    file_menu.addActions([window.sharing.open_shared_action, window.sharing.share_action])
    file_menu.addSeparator()
    file_menu.addActions([corpus.open_action, corpus.open_folder_action])
    file_menu.addActions([corpus.add_files_action, corpus.add_folder_action])
    file_menu.addSeparator()
    file_menu.addActions(list(window.exporter.actions.values()))
    file_menu.addSeparator()
    file_menu.addAction(view.settings)
    file_menu.addAction(view.quit)
    file_menu.aboutToShow.connect(window.exporter.update_actions)
    edit_menu = menus.addMenu(translate("MainWindow", "&Edit"))
    for action in window.reviewing.edit_menu_actions():
        if action is None:
            edit_menu.addSeparator()
        else:
            edit_menu.addAction(action)
    edit_menu.addAction(window.sharing.settle_action)
    edit_menu.addSeparator()
    edit_menu.addAction(corpus.paste_action)
    edit_menu.aboutToShow.connect(window.reviewing.update)
    view_menu = menus.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([view.find, view.clear_filter])
    view_menu.addAction(view.default_order)
    view_menu.addAction(window.reviewing.show_minor_action)
    view_menu.addAction(window.reviewing.show_hidden_action)
    view_menu.addAction(window.reviewing.copies_once_action)
    view_menu.addSeparator()
    view_menu.addActions([view.zoom_in, view.zoom_out, view.zoom_reset])
    view_menu.addSeparator()
    view_menu.addAction(window.sources_dock.toggleViewAction())
    analysis_menu = menus.addMenu(translate("MainWindow", "&Analysis"))
    analysis_menu.addActions([corpus.reanalyse_action, corpus.cancel_action])
    help_menu = menus.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([view.legend, view.about])

    toolbar = window.addToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([corpus.open_action, corpus.open_folder_action])
    toolbar.addAction(window.exporter.actions["xlsx"])
    toolbar.addSeparator()
    toolbar.addActions([window.reviewing.undo_action, window.reviewing.redo_action])
    toolbar.addSeparator()
    toolbar.addAction(view.default_order)
    toolbar.addSeparator()
    toolbar.addActions([view.zoom_out, view.zoom_in])
    toolbar.addSeparator()
    toolbar.addAction(view.legend)
    window.sources_dock.toggleViewAction().setIcon(icon("sources"))
