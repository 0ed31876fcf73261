#include "render/RenderStyle.h"

#include <QFontDatabase>
#include <QTextLength>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {
constexpr qreal LineHeightPercent = 122;
} // namespace

RenderStyle::RenderStyle(qreal basePointSize)
    : m_base(basePointSize)
{ }

QFont RenderStyle::baseFont() const
{
    // Only one family is named: a second would be asked before fontconfig's choice for the
    // script, so DejaVu's Arabic would win over Noto Sans Arabic.
    static const QString family =
        QFontDatabase::hasFamily(u"Noto Sans"_s) ? u"Noto Sans"_s : u"DejaVu Sans"_s;
    QFont font(family);
    font.setStyleHint(QFont::SansSerif);
    // Ligatures (fi, ff) would come out of a PDF's text as one character each ("ﬁ"), which
    // breaks copying and search. Qt 6.4 cannot turn off one font feature, but its shaper
    // leaves out the optional ligatures (liga, clig, dlig, hlig) of text set with any letter
    // spacing, in every script but those from Syriac to Sinhala, Khmer and N'Ko, and 100%
    // moves no letter. Arabic loses its optional ligatures too; its letters still join (their
    // forms and required ligatures are other features). PreferNoShaping, used here before,
    // also left Arabic letters unjoined and accents typed as combining marks beside their
    // letters: Qt 6.4 does not count either as needing a shaper.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    font.setPointSizeF(m_base);
    return font;
}

qreal RenderStyle::indentWidth() const
{
    return gap(1.5);
}

qreal RenderStyle::gap(qreal ems) const
{
    return ems * m_base * 96.0 / 72.0;
}

QTextBlockFormat RenderStyle::titleBlock() const
{
    QTextBlockFormat format;
    format.setHeadingLevel(1);
    format.setBottomMargin(gap(0.35));
    format.setLineHeight(108, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat RenderStyle::titleChar() const
{
    QTextCharFormat format;
    format.setFontPointSize(m_base * 2.1);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextBlockFormat RenderStyle::companyBlock() const
{
    QTextBlockFormat format;
    format.setBottomMargin(gap(0.7));
    return format;
}

QTextCharFormat RenderStyle::companyChar() const
{
    QTextCharFormat format;
    format.setFontPointSize(m_base * 1.3);
    format.setFontWeight(QFont::Bold);
    format.setForeground(accentColor());
    return format;
}

QTextBlockFormat RenderStyle::factBlock() const
{
    QTextBlockFormat format;
    format.setBottomMargin(gap(0.2));
    format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat RenderStyle::factLabelChar() const
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setForeground(mutedColor());
    return format;
}

QTextBlockFormat RenderStyle::ruleBlock() const
{
    QTextBlockFormat format;
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                       QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(gap(0.5));
    format.setBottomMargin(gap(0.2));
    return format;
}

QTextBlockFormat RenderStyle::sectionHeadingBlock() const
{
    QTextBlockFormat format;
    format.setHeadingLevel(2);
    format.setTopMargin(gap(1.2));
    format.setBottomMargin(gap(0.4));
    return format;
}

QTextCharFormat RenderStyle::sectionHeadingChar() const
{
    QTextCharFormat format;
    format.setFontPointSize(m_base * 1.4);
    format.setFontWeight(QFont::Bold);
    format.setForeground(accentColor());
    return format;
}

QTextBlockFormat RenderStyle::bodyHeadingBlock(int level) const
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setTopMargin(gap(level == 3 ? 0.8 : 0.6));
    format.setBottomMargin(gap(0.3));
    return format;
}

QTextCharFormat RenderStyle::bodyHeadingChar(int level) const
{
    QTextCharFormat format;
    format.setFontPointSize(level == 3 ? m_base * 1.12 : m_base);
    format.setFontWeight(QFont::Bold);
    if (level >= 5)
        format.setFontItalic(true);
    return format;
}

QTextBlockFormat RenderStyle::paragraphBlock() const
{
    QTextBlockFormat format;
    format.setBottomMargin(gap(0.6));
    format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat RenderStyle::listItemBlock() const
{
    QTextBlockFormat format;
    format.setBottomMargin(gap(0.2));
    format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat RenderStyle::codeBlock(bool first, bool last) const
{
    QTextBlockFormat format;
    format.setBackground(QColor(0xf3, 0xf4, 0xf6));
    format.setLeftMargin(gap(0.5));
    format.setTopMargin(first ? gap(0.2) : 0);
    format.setBottomMargin(last ? gap(0.7) : 0);
    return format;
}

QTextCharFormat RenderStyle::codeChar() const
{
    QTextCharFormat format;
    format.setFontFamilies(
        QStringList { u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"monospace"_s });
    format.setFontPointSize(m_base * 0.9);
    // Qt's Markdown reader sets a whole font on code, its letter spacing too: the spacing that
    // keeps ligatures out (baseFont()) is set again.
    format.setFontLetterSpacingType(QFont::PercentageSpacing);
    format.setFontLetterSpacing(100);
    return format;
}

QTextCharFormat RenderStyle::bodyChar() const
{
    return QTextCharFormat();
}

QTextBlockFormat RenderStyle::quoteBlock(int level) const
{
    QTextBlockFormat format = paragraphBlock();
    format.setLeftMargin(gap(1.2) * level);
    format.setProperty(QTextFormat::BlockQuoteLevel, level);
    return format;
}

QTextCharFormat RenderStyle::quoteChar() const
{
    // Colour only: italics would be read back as emphasis the writer never typed.
    QTextCharFormat format;
    format.setForeground(mutedColor());
    return format;
}

QTextTableFormat RenderStyle::tableFormat() const
{
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(ruleColor());
    format.setCellSpacing(0);
    format.setCellPadding(gap(0.35));
    format.setHeaderRowCount(1);
    format.setTopMargin(gap(0.2));
    format.setBottomMargin(gap(0.8));
    return format;
}

QColor RenderStyle::accentColor() const
{
    return QColor(0x1f, 0x4e, 0x79);
}

QColor RenderStyle::mutedColor() const
{
    return QColor(0x4b, 0x55, 0x63);
}

QColor RenderStyle::linkColor() const
{
    return QColor(0x0b, 0x5c, 0xad);
}

QColor RenderStyle::ruleColor() const
{
    return QColor(0xc8, 0xcd, 0xd3);
}

} // namespace hirekit
