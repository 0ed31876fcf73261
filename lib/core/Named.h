#pragma once

#include <QString>

namespace hirekit {

// Something chosen from a list by its name: a posting by its title, a candidate by name.
struct Named
{
    qint64 id = 0;
    QString name;
};

} // namespace hirekit
