import { z } from 'zod';

/** A date as OpenCPS sends it: one of two text shapes, or epoch ms; empty means none. */
const dateValue = z.union([z.string(), z.number()]).nullable().optional();
const text = z.string().nullable().optional();
const id = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

/** The fields of a dossier the desk reads (JSON names = the model's field names); the rest is ignored. */
export const opencpsDossierSchema = z.object({
  dossierId: id,
  referenceUid: text,
  dossierNo: text,
  serviceCode: text,
  serviceName: text,
  govAgencyCode: text,
  govAgencyName: text,
  applicantName: text,
  applicantIdType: text,
  applicantIdNo: text,
  address: text,
  cityName: text,
  districtName: text,
  wardName: text,
  contactTelNo: text,
  contactEmail: text,
  submitDate: dateValue,
  receiveDate: dateValue,
  dueDate: dateValue,
  releaseDate: dateValue,
  finishDate: dateValue,
  modifiedDate: dateValue,
  createDate: dateValue,
  dossierStatus: z.string(),
  dossierStatusText: text,
  dossierSubStatus: text,
  stepCode: text,
  stepName: text,
  lastActionDate: dateValue,
  lastActionCode: text,
  lastActionName: text,
  lastActionUser: text,
  lastActionNote: text,
  briefNote: text,
  online: z.union([z.boolean(), z.string()]).nullable().optional(),
  domainCode: text,
  domainName: text,
  counter: z.union([z.number(), z.string()]).nullable().optional(),
});
export type OpencpsDossier = z.infer<typeof opencpsDossierSchema>;

export const opencpsListSchema = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.coerce.number().int().nonnegative(), data: z.array(item).nullable().optional() });

export const opencpsDossierListSchema = opencpsListSchema(opencpsDossierSchema);

export const opencpsNextActionSchema = z.object({
  processActionId: id.optional(),
  actionCode: z.string(),
  actionName: text,
  preStepCode: text,
  postStepCode: text,
});
export const opencpsNextActionListSchema = opencpsListSchema(opencpsNextActionSchema);

/** One executed action: the answer of POST …/actions, and a row of GET …/actions. */
export const opencpsActionSchema = z.object({
  dossierActionId: id,
  dossierId: id.optional(),
  actionCode: text,
  actionName: text,
  actionUser: text,
  actionNote: text,
  fromStepCode: text,
  stepCode: text,
  sequenceNo: text,
  createDate: dateValue,
  payload: text,
});
export type OpencpsAction = z.infer<typeof opencpsActionSchema>;
export const opencpsActionListSchema = opencpsListSchema(opencpsActionSchema);

/** The exception model of an error answer, when there is a body at all. */
export const opencpsExceptionSchema = z.object({
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string().optional(),
  description: z.string().optional(),
});

/** A site's JWT login answer (Bearer scheme). */
export const opencpsTokenSchema = z.object({ token: z.string().min(10), expiresIn: z.number().int().positive().optional() });
