#pragma once

// For GUI tests that check when a widget gets its events (a resize, a paint), not only what
// it ends up showing.
#include <QEvent>
#include <QObject>

#include <functional>
#include <utility>

// Calls `seen` each time `watched` gets an event of `type`, for as long as it lives.
class EventWatch : public QObject
{
public:
    EventWatch(QObject *watched, QEvent::Type type, std::function<void()> seen)
        : m_type(type)
        , m_seen(std::move(seen))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            m_seen();
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_seen;
};
