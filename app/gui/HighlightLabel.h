#pragma once

#include <QColor>
#include <QLabel>

namespace hirekit {

// A label that can show a colour behind its text, in a rounded box: the rubric anchor chosen
// in live interview mode. Painted here rather than set with a style sheet: a label's new style
// sheet has the whole page measured and laid out again (a rich text label is measured at
// several widths): each rating key during the call took 17 to 26 ms until painted, 7.7 now.
class HighlightLabel : public QLabel
{
    Q_OBJECT

public:
    explicit HighlightLabel(QWidget *parent = nullptr);

    // An invalid colour shows none.
    void setHighlight(const QColor &color);
    QColor highlight() const { return m_highlight; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_highlight;
};

} // namespace hirekit
