/** Text rules shared by importers: the plain-text token split and thinking-block detection. */
@NullMarked
package dev.exitscope.analysis.text;

import org.jspecify.annotations.NullMarked;
