package dev.exitscope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Locale;

/** The workbench's colour themes: AtlantaFX's Primer light and dark. */
enum WorkbenchTheme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    WorkbenchTheme(Theme theme) {
        this.theme = theme;
    }

    /** The user-agent stylesheet to install with {@code Application.setUserAgentStylesheet}. */
    String stylesheet() {
        return theme.getUserAgentStylesheet();
    }

    boolean dark() {
        return theme.isDarkMode();
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    WorkbenchTheme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The theme named {@code key} ("light" or "dark"); light for anything else. */
    static WorkbenchTheme parse(String key) {
        return "dark".equalsIgnoreCase(key.strip()) ? DARK : LIGHT;
    }
}
