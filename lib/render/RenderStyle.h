#pragma once

#include <QColor>
#include <QFont>
#include <QTextFormat>
#include <QTextTableFormat>

namespace hirekit {

// The typography of a rendered posting in one place: fonts, sizes, colours and spacing of
// each kind of block, all scaled from the body text size. Block spacing is in Qt's
// 96-dpi pixels, which the text layout scales to the page.
class RenderStyle
{
public:
    explicit RenderStyle(qreal basePointSize);

    // Noto Sans, else DejaVu Sans; characters it lacks (CJK, Arabic, emoji) come from
    // whatever font fontconfig offers for them.
    QFont baseFont() const;
    qreal indentWidth() const;
    // `ems` of body text, in the layout's pixels.
    qreal gap(qreal ems) const;

    QTextBlockFormat titleBlock() const;
    QTextCharFormat titleChar() const;
    QTextBlockFormat companyBlock() const;
    QTextCharFormat companyChar() const;
    QTextBlockFormat factBlock() const;
    QTextCharFormat factLabelChar() const;
    QTextBlockFormat ruleBlock() const;
    QTextBlockFormat sectionHeadingBlock() const;
    QTextCharFormat sectionHeadingChar() const;
    QTextBlockFormat bodyHeadingBlock(int level) const;
    QTextCharFormat bodyHeadingChar(int level) const;
    QTextBlockFormat paragraphBlock() const;
    QTextBlockFormat listItemBlock() const;
    QTextBlockFormat codeBlock(bool first, bool last) const;
    QTextCharFormat codeChar() const;
    QTextCharFormat bodyChar() const;
    QTextBlockFormat quoteBlock(int level) const;
    QTextCharFormat quoteChar() const;
    QTextTableFormat tableFormat() const;

    QColor accentColor() const;
    QColor mutedColor() const;
    QColor linkColor() const;
    QColor ruleColor() const;

private:
    qreal m_base;
};

} // namespace hirekit
