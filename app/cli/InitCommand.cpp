#include "InitCommand.h"

#include "CliArguments.h"
#include "DomainCommand.h"

namespace Rewind::Cli {

int InitCommand::run(CliContext& context, const QStringList& args)
{
    const CliArguments parsed(args, {}, {QStringLiteral("roles"), QStringLiteral("drop-head-trigger")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (!parsed.positionals().isEmpty())
        return usageError(context,
                          QStringLiteral("unexpected argument '%1'").arg(parsed.positionals().first()));

    auto store = context.openStore(EventStoreFactory::Mode::CreateIfMissing);
    const bool postgres = store->backendName() == QLatin1String("postgresql");
    switch (store->initialize()) {
    case InitResult::Created:
        context.note(postgres
                         ? QStringLiteral("created the message store in %1: schema message_store as Message "
                                          "DB's installer makes it (table messages, its indexes, functions "
                                          "and summary views, the login role message_store and its grants) "
                                          "and Rewind's own schema rewind")
                               .arg(store->displayAddress())
                         : QStringLiteral("created the message store in %1").arg(store->displayAddress()));
        break;
    case InitResult::RewindAdded:
        context.note(QStringLiteral("found an existing message store in %1 and changed nothing in it; "
                                    "added Rewind's own schema rewind")
                         .arg(store->displayAddress()));
        break;
    case InitResult::AlreadyPresent:
        context.note(
            QStringLiteral("%1 is already initialised; nothing changed").arg(store->displayAddress()));
        break;
    }
    for (const QString& note : store->initNotes())
        context.note(note);

    if (store->hasHeadTrigger()) {
        if (parsed.has(QStringLiteral("drop-head-trigger"))) {
            store->dropHeadTrigger();
            context.note(QStringLiteral("removed the trigger rewind_head_notify from message_store.messages "
                                        "and its function rewind.notify_head(); nothing else changed"));
        } else {
            context.note(QStringLiteral(
                "message_store.messages still has the trigger rewind_head_notify that an earlier Rewind "
                "added: it makes every writer's commit wait for PostgreSQL's notify lock, and Rewind no "
                "longer uses it. Remove it with `rewind init --drop-head-trigger`"));
        }
    } else if (parsed.has(QStringLiteral("drop-head-trigger"))) {
        context.note(QStringLiteral("there is no trigger rewind_head_notify to remove; nothing changed"));
    }

    if (parsed.has(QStringLiteral("roles"))) {
        const QStringList content = DomainCommands::contentCategories();
        if (postgres && !store->hasRowSecurity())
            // Said before it is done: this changes a table Rewind may not own.
            context.note(
                QStringLiteral(
                    "--roles turns on row-level security on message_store.messages, so that the database "
                    "itself refuses an editor's append outside %1: it adds a permissive policy "
                    "rewind_everyone (every role reads and writes as before; owners and superusers are "
                    "not subject to it) and a restrictive policy rewind_editor_categories (inserts by "
                    "members of rewind_editor). It also grants the three rewind_* roles USAGE on schema "
                    "message_store, SELECT on messages and EXECUTE on its functions, and rewind_editor "
                    "INSERT on messages and USAGE on its sequence")
                    .arg(content.join(QStringLiteral(", "))));
        store->installRoles(content);
        context.note(
            QStringLiteral("roles in place: rewind_support (reads), rewind_editor (reads; appends only "
                           "to %1), rewind_developer (reads; runs projections). Grant them to login "
                           "roles, e.g. GRANT rewind_editor TO alice;")
                .arg(content.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

} // namespace Rewind::Cli
