import type { TrainingPillar, TrainingTopic } from "@prisma/client";
import type { Db } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { DomainError } from "../errors.js";
import { countiesInScope } from "../people.js";
import type { Actor } from "../shared/actor.js";
import { normaliseName } from "../text.js";
import { NEEDS_LIMITS } from "./validators.js";

/** The catalogue of training topics that surveys ask about. */
export class NeedsCatalogue {
  constructor(private readonly db: Db) {}

  /** The topic catalogue, pillar by pillar. */
  topics(): Promise<TrainingTopic[]> {
    return this.db.trainingTopic.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  }

  /** Officials add a topic; a name missing in a language is shown in Persian. */
  async addTopic(actor: Actor, topic: { pillar: TrainingPillar; fa: string; en: string | null; az: string | null }) {
    countiesInScope(actor.roles);
    const nameKey = normaliseName(topic.fa);
    return this.db.$transaction(async (tx) => {
      if (await tx.trainingTopic.findUnique({ where: { nameKey } })) throw new DomainError("duplicate-topic");
      if ((await tx.trainingTopic.count()) >= NEEDS_LIMITS.catalogue) throw new DomainError("topic-limit");
      const last = await tx.trainingTopic.aggregate({ _max: { sortOrder: true } });
      const created = await tx.trainingTopic.create({
        data: {
          pillar: topic.pillar,
          nameFa: topic.fa,
          nameEn: topic.en ?? topic.fa,
          nameAz: topic.az ?? topic.fa,
          nameKey,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
          createdById: actor.id,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "needs.topic.add",
        entityType: "training-topic",
        entityId: String(created.id),
        after: topic,
      });
      return created;
    });
  }
}
