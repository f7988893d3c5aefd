import type { RubricTranslation } from '@sel/core';

/**
 * The district rubric (`districtRubric`) in Spanish: every text of it, in the Spanish US school
 * districts write for families and staff. A module of its own, so a page in English never
 * downloads it; give it as the rubric's translation to show the rubric in Spanish:
 * `{ ...districtRubric, translations: { es: districtRubricSpanish } }`.
 */
export const districtRubricSpanish: RubricTranslation = {
  title: 'Rúbrica distrital del aprendizaje socioemocional (SEL) sistémico',
  description:
    'Responde a la pregunta “¿dónde estamos ahora?” para un distrito que implementa el aprendizaje socioemocional (SEL) de manera sistémica, muestra el progreso entre una evaluación y otra, y sirve de base para fijar metas y un plan de acción.',
  source:
    'Organizada en torno a las cuatro áreas de enfoque del modelo distrital de CASEL; descriptores redactados para @sel.',
  levels: {
    '1': {
      label: 'Sin planificación ni implementación',
      description: 'Todavía no se ha planificado ni comenzado nada para este aspecto.',
    },
    '2': {
      label: 'Planificado e implementado en parte',
      description: 'Existe algo de planificación o un trabajo inicial, pero todavía faltan partes importantes.',
    },
    '3': {
      label: 'Planificado e implementado en su mayor parte',
      description:
        'La mayor parte está planificada y en marcha; algunas partes siguen siendo desiguales o están sin terminar.',
    },
    '4': {
      label: 'Planificado e implementado por completo',
      description: 'Se cumple en todas sus partes la descripción de la implementación plena de este aspecto.',
    },
  },
  focusAreas: {
    'build-foundational-support-and-plan': {
      title: 'Crear una base de apoyo y planificar',
      description:
        'Establecer el liderazgo, las estructuras y los planes que permiten que el SEL crezca en todo el distrito, en lugar de quedar al margen del resto del trabajo.',
    },
    'strengthen-adult-sel': {
      title: 'Fortalecer las competencias socioemocionales y la capacidad de los adultos',
      description:
        'Desarrollar la experiencia y las competencias sociales y emocionales de los adultos que dirigen y enseñan.',
    },
    'promote-sel-for-students': {
      title: 'Promover el SEL para los estudiantes',
      description:
        'Hacer del SEL parte de todos los entornos en los que aprende un estudiante, durante la jornada escolar y fuera de ella.',
    },
    'reflect-on-data': {
      title: 'Reflexionar sobre los datos para la mejora continua',
      description:
        'Recopilar datos, reflexionar sobre ellos y usarlos para ajustar el trabajo de SEL, y compartir lo que muestran.',
    },
  },
  practices: {
    'organize-district-for-collaboration': {
      title: 'Organizar el distrito para promover la colaboración en torno al SEL, lo académico y la equidad',
      description:
        'Los departamentos, el gabinete y los directores escolares comparten metas y estrategias para el SEL, lo académico y la equidad, en lugar de trabajar por separado.',
    },
    'plan-and-resource-sel': {
      title: 'Planificar el SEL y asegurar su apoyo',
      description:
        'Un plan de implementación por escrito, el respaldo de la junta escolar y un financiamiento que dure más allá de una sola subvención.',
    },
    'build-staff-expertise': {
      title: 'Desarrollar la experiencia del personal mediante el aprendizaje profesional continuo',
    },
    'model-adult-sel': {
      title: 'Practicar el SEL entre los adultos',
    },
    'support-schoolwide-sel': {
      title: 'Colaborar con los directores escolares en el SEL de toda la escuela',
    },
    'coordinate-with-community-partners': {
      title: 'Coordinar el trabajo de SEL con los socios comunitarios',
      description:
        'Conocer a todos los socios, identificar a aquellos cuyo trabajo apoya el SEL, planificar con ellos y mantener el contacto a medida que crece la colaboración.',
    },
    'use-data-for-improvement': {
      title: 'Usar los datos para mejorar la implementación',
    },
  },
  indicators: {
    'sel-lead-cabinet-influence': {
      text: 'El líder o el equipo de SEL del distrito tiene influencia en el gabinete.',
      fullImplementation:
        'El líder de SEL le rinde cuentas al gabinete del superintendente o forma parte de él, lo informa con regularidad, y el gabinete opina sobre las decisiones clave de SEL.',
      descriptors: [
        'El líder de SEL no tiene contacto regular con el gabinete, y el SEL casi nunca se trata en ese nivel.',
        'El líder de SEL informa al gabinete de vez en cuando, por lo general cuando se lo piden, sin una vía establecida para que el gabinete responda.',
        'El gabinete recibe información sobre el SEL con regularidad, pero todavía no se le pide su opinión sobre las decisiones de SEL de manera sistemática.',
        'Las reuniones del gabinete incluyen informes regulares sobre el SEL, y el gabinete opina sobre cada decisión clave de SEL mediante un proceso acordado.',
      ],
    },
    'sel-team-serves-all-students': {
      text: 'El equipo de SEL forma parte de un departamento que atiende a todos los estudiantes, como el de enseñanza y aprendizaje, el de preparación universitaria y profesional, o el de equidad.',
      fullImplementation:
        'El organigrama ubica al equipo de SEL en un departamento que atiende a todos los estudiantes, y su personal y su presupuesto están alineados con ese departamento.',
      descriptors: [
        'El SEL está en un departamento de servicios especializados o no tiene un lugar claro en el organigrama.',
        'Se habla de trasladarlo a un departamento que atienda a todos los estudiantes, pero el SEL todavía trabaja sobre todo con un grupo reducido de escuelas o de estudiantes.',
        'El equipo de SEL pertenece a un departamento que atiende a todos los estudiantes, aunque parte del personal o del financiamiento todavía depende de otra oficina.',
        'El equipo de SEL forma parte de un departamento que atiende a todos los estudiantes, con personal y financiamiento alineados con ese departamento.',
      ],
    },
    'cross-department-structures': {
      text: 'Existen estructuras que promueven la colaboración entre departamentos, y el equipo de SEL trabaja con los departamentos clave en metas comunes y estrategias alineadas para las escuelas y los estudiantes.',
      fullImplementation:
        'Los líderes de SEL, de asuntos académicos y de equidad se reúnen según un calendario fijo, comparten metas y planes, y evalúan qué tan bien están colaborando.',
      descriptors: [
        'Los departamentos planifican por separado, y el equipo de SEL se reúne con los demás solo cuando un problema lo obliga.',
        'Hay algunas reuniones conjuntas, pero son irregulares y las metas compartidas no se han puesto por escrito.',
        'Las reuniones periódicas entre departamentos dan seguimiento a las metas compartidas, aunque no participan todos los departamentos clave.',
        'Todos los departamentos clave participan en reuniones periódicas centradas en metas compartidas, estrategias alineadas y una evaluación habitual de la propia colaboración.',
      ],
    },
    'sel-embedded-in-frameworks': {
      text: 'El SEL está integrado en los marcos de trabajo del distrito para la equidad, lo académico y la mejora escolar.',
      fullImplementation:
        'El plan estratégico y los marcos de equidad, académico y de mejora escolar indican cada uno cómo el SEL apoya sus metas, y el personal percibe un enfoque único y conectado.',
      descriptors: [
        'El SEL no aparece en los marcos del distrito para la equidad, lo académico ni la mejora escolar.',
        'El SEL se menciona en un marco, o se ha comenzado a relacionarlo con las prioridades del distrito, pero ese trabajo no está terminado.',
        'El SEL está incluido en la mayoría de los marcos, pero algunas conexiones se quedan en el papel y no en la práctica.',
        'El SEL está entretejido en el plan estratégico y en todos los marcos relacionados, y el personal de las escuelas y del distrito actúa según esas conexiones.',
      ],
    },
    'implementation-plan': {
      text: 'Un plan de implementación del SEL para todo el distrito fija metas e indica dónde deben colaborar otros departamentos y las escuelas.',
      fullImplementation:
        'El plan está alineado con el plan estratégico, nombra responsables y etapas clave, y se revisa y actualiza al menos una vez al año.',
      descriptors: [
        'No hay un plan de SEL por escrito.',
        'Existe un borrador del plan, pero sin responsables, etapas clave ni relación con el plan estratégico.',
        'Se usa un plan aprobado con responsables y etapas clave, aunque no se revisa según un calendario.',
        'Un plan aprobado y alineado con el plan estratégico se revisa cada año y guía el trabajo de todos los departamentos que participan.',
      ],
    },
    'board-and-budget-support': {
      text: 'La junta escolar entiende las razones para invertir en el SEL, y el presupuesto lo sostiene.',
      fullImplementation:
        'La junta recibe con regularidad pruebas de los resultados del SEL, y los puestos y programas de SEL se financian con el presupuesto general, usando fondos externos para ampliarlos.',
      descriptors: [
        'La junta no ha tratado el tema del SEL, y el SEL depende de financiamiento a corto plazo o no tiene ninguno.',
        'La junta ha oído hablar del SEL una vez, y el financiamiento proviene sobre todo de subvenciones.',
        'La junta recibe pruebas de los resultados, y parte del trabajo de SEL se financia con el presupuesto general.',
        'La junta respalda el SEL con pruebas en la mano, y lo esencial del trabajo se financia con el presupuesto general.',
      ],
    },
    'ongoing-professional-learning': {
      text: 'El personal de la oficina central y de las escuelas participa en un aprendizaje profesional continuo sobre el SEL.',
      fullImplementation:
        'El aprendizaje profesional sobre el SEL está planificado para todos los puestos, continúa a lo largo del año y está alineado entre departamentos.',
      descriptors: [
        'No hay aprendizaje profesional sobre el SEL, o se limita a una sola introducción.',
        'Algunos grupos del personal reciben formación sobre el SEL, sobre todo en sesiones únicas.',
        'La mayoría de los puestos tienen una secuencia de formación sobre el SEL, aunque todavía no está alineada entre departamentos.',
        'Todos los puestos tienen formación continua sobre el SEL, planificada en conjunto por los departamentos que comparten el trabajo.',
      ],
    },
    'peer-learning-with-districts': {
      text: 'Los líderes del distrito aprenden con colegas de otros distritos por medio de comunidades de aprendizaje y redes.',
      fullImplementation:
        'El equipo de SEL participa en al menos una comunidad de aprendizaje entre colegas y aplica lo aprendido en los planes del distrito.',
      descriptors: [
        'El distrito no aprende sobre el SEL junto con otros distritos.',
        'El personal asiste a eventos ocasionales, pero lo que aprende rara vez llega a los planes del distrito.',
        'El distrito participa con regularidad en una comunidad de aprendizaje, y algunas lecciones influyen en sus planes.',
        'El distrito es un miembro activo de comunidades de aprendizaje entre colegas, aporta sus propias lecciones y usa en sus planes lo que aprende.',
      ],
    },
    'adult-sel-routines': {
      text: 'Los adultos desarrollan juntos sus propias competencias sociales y emocionales, por ejemplo, con rutinas de SEL en las reuniones.',
      fullImplementation:
        'Las reuniones en todo el distrito comienzan y terminan con rutinas de SEL, y el personal tiene tiempo con regularidad para fortalecer juntos sus propias competencias.',
      descriptors: [
        'El SEL de los adultos no forma parte de la manera en que el personal se reúne o trabaja en conjunto.',
        'Algunos equipos usan rutinas de SEL en sus reuniones.',
        'La mayoría de las reuniones del distrito usan rutinas de SEL, y se reserva algo de tiempo para el SEL de los adultos.',
        'Las rutinas de SEL son lo habitual en las reuniones de todo el distrito, con tiempo regular para que los adultos desarrollen sus propias competencias.',
      ],
    },
    'sel-through-equity-lens': {
      text: 'El personal ve el SEL desde la perspectiva de la equidad, y los líderes de SEL y de equidad trabajan codo a codo.',
      fullImplementation:
        'Los líderes de SEL y de equidad planifican juntos, y el aprendizaje profesional muestra cómo el trabajo de SEL y el de equidad se fortalecen mutuamente.',
      descriptors: [
        'El trabajo de SEL y el de equidad avanzan por separado, sin planificación compartida.',
        'Los líderes de SEL y de equidad han comenzado a conversar, pero sus planes siguen separados.',
        'Los líderes de SEL y de equidad planifican juntos parte del trabajo, y el aprendizaje profesional trata la conexión entre ambos.',
        'Los líderes de SEL y de equidad planifican juntos de manera habitual, y el aprendizaje profesional hace explícita la conexión entre ambos.',
      ],
    },
    'school-leader-collaboration': {
      text: 'El equipo de SEL trabaja con regularidad con los directores escolares y sus supervisores para que los planes de SEL encajen en los planes de mejora escolar.',
      fullImplementation:
        'Los supervisores de directores y el equipo de SEL se reúnen según un calendario, los planes de mejora escolar incluyen el SEL, y grupos de equipos escolares aprenden juntos.',
      descriptors: [
        'Los directores escolares se enteran de los planes de SEL solo después de que se toman las decisiones.',
        'El equipo de SEL se reúne con algunos directores o supervisores, pero los planes de mejora escolar rara vez incluyen el SEL.',
        'Las reuniones periódicas con los supervisores orientan la implementación del SEL, y muchos planes escolares incluyen el SEL.',
        'Los supervisores, los directores escolares y el equipo de SEL planifican juntos la implementación, y todos los planes de mejora escolar incluyen el SEL.',
      ],
    },
    'tiered-supports-visible': {
      text: 'Las escuelas saben qué apoyos de SEL y de bienestar hay disponibles en cada nivel y cómo acceder a ellos.',
      fullImplementation:
        'Un menú actualizado de apoyos, organizado por niveles, se comparte con todas las escuelas y se usa para ofrecer a cada estudiante la ayuda adecuada.',
      descriptors: [
        'Existen apoyos, pero las escuelas no saben qué se ofrece ni a quién preguntar.',
        'Algunos departamentos describen sus apoyos, pero no hay una visión única por niveles.',
        'Existe un menú de apoyos por niveles, aunque no está actualizado o no lo usan todas las escuelas.',
        'Todas las escuelas usan un menú de apoyos actualizado y organizado por niveles para conectar a los estudiantes con la ayuda adecuada.',
      ],
    },
    'partner-inventory': {
      text: 'Un inventario actualizado documenta a cada socio comunitario, con su misión, sus metas, sus contactos, su horario, su ubicación y el público al que atiende.',
      fullImplementation:
        'El inventario incluye a todos los socios que trabajan con estudiantes dentro y fuera de la escuela, y se actualiza al menos una vez al año.',
      descriptors: [
        'No existe una lista de socios comunitarios.',
        'Existe una lista parcial, a la que le faltan socios o datos clave como los contactos y el público al que atienden.',
        'Existe una lista completa con la mayoría de los datos, aunque no se actualiza según un calendario.',
        'Un inventario completo y al día, con todos los datos, se comparte con el equipo de SEL.',
      ],
    },
    'partners-sorted-by-sel-connection': {
      text: 'El equipo de SEL ha clasificado a los socios según qué tan claramente apoyan el SEL y ha elegido a sus principales colaboradores de SEL.',
      fullImplementation:
        'Cada socio está ubicado en un nivel (apoya claramente el SEL, podría apoyar el SEL, sin conexión evidente), y el equipo revisa esa ubicación a medida que cambian las colaboraciones.',
      descriptors: [
        'No se ha considerado a los socios desde el punto de vista del SEL.',
        'Se sabe que algunos socios apoyan el SEL, pero no se ha hecho ninguna clasificación.',
        'La mayoría de los socios están clasificados, y se ha nombrado a los principales colaboradores.',
        'Todos los socios están clasificados y se revisan periódicamente, y el equipo trabaja de cerca con sus principales colaboradores de SEL.',
      ],
    },
    'joint-planning-with-partners': {
      text: 'Las escuelas y sus socios más cercanos planifican juntos en torno a metas de SEL compartidas.',
      fullImplementation:
        'Con cada socio principal hay una meta de SEL compartida, las prácticas de la jornada escolar y del socio que la apoyan, las personas que participan y los pasos de acción acordados.',
      descriptors: [
        'Las escuelas y los socios planifican por separado.',
        'Las escuelas comparten su visión del SEL con los socios, pero no existe un plan conjunto.',
        'Existen planes conjuntos con algunos socios, aunque los pasos de acción o los responsables están incompletos.',
        'Cada socio principal tiene un plan conjunto con una meta compartida, prácticas alineadas, personas designadas y pasos de acción.',
      ],
    },
    'partner-communication-and-data': {
      text: 'Las escuelas y los socios se comunican con regularidad y mejoran juntos usando datos compartidos.',
      fullImplementation:
        'Un plan de comunicación indica a quién se informa, de qué y con qué frecuencia, y los socios se reúnen según un calendario para revisar los datos que se pueden compartir legalmente.',
      descriptors: [
        'La comunicación con los socios se da solo cuando surge un problema.',
        'Hay algo de contacto regular, pero nadie ha acordado qué datos compartir.',
        'Hay un plan de comunicación, y se comparten datos con algunos socios.',
        'La comunicación sigue un plan acordado, y las escuelas y los socios revisan juntos los datos compartidos según un calendario.',
      ],
    },
    'regular-self-assessment': {
      text: 'El distrito evalúa su implementación del SEL según un calendario regular y compara cada evaluación con la anterior.',
      fullImplementation:
        'El equipo del distrito se autoevalúa al menos una vez al año, compara los resultados con la evaluación anterior y convierte las brechas en metas y acciones.',
      descriptors: [
        'El distrito no ha evaluado su implementación del SEL.',
        'Se hizo una evaluación una vez, pero no se repitió ni se comparó.',
        'Las evaluaciones se repiten, aunque los resultados todavía no orientan las metas ni las acciones.',
        'Las evaluaciones periódicas se comparan a lo largo del tiempo y alimentan directamente las metas y el plan de acción.',
      ],
    },
    'implementation-monitoring': {
      text: 'La implementación en las escuelas se observa con un protocolo común.',
      fullImplementation:
        'Las visitas de observación u otras observaciones similares usan un protocolo común, y los hallazgos se comparten con los equipos escolares y con el distrito.',
      descriptors: [
        'Nadie observa cómo se lleva a cabo el SEL en las escuelas.',
        'Se hacen algunas observaciones, cada una con su propio enfoque.',
        'Se usa un protocolo común en muchas escuelas, aunque los hallazgos no siempre se comparten.',
        'Se usa un protocolo común en todas las escuelas, y los hallazgos llegan a los equipos escolares y a quienes planifican en el distrito.',
      ],
    },
    'review-collaboration': {
      text: 'Las prácticas de colaboración se revisan de manera habitual y se perfeccionan.',
      fullImplementation:
        'Los equipos reflexionan sobre su colaboración en reuniones, encuestas o grupos de enfoque, y cambian su manera de trabajar juntos según lo que aprenden.',
      descriptors: [
        'Nunca se habla de qué tan bien colabora la gente.',
        'Se habla de la colaboración cuando surgen problemas.',
        'Los equipos revisan la colaboración con regularidad, aunque no siempre hay cambios después.',
        'Los equipos revisan la colaboración de manera habitual y actúan según lo que encuentran.',
      ],
    },
    'share-progress': {
      text: 'El progreso del SEL se comparte con el gabinete, la junta escolar y la comunidad.',
      fullImplementation:
        'Los resultados y las lecciones aprendidas se informan al gabinete, a la junta y a las familias según un calendario conocido y en formatos accesibles.',
      descriptors: [
        'No se informa sobre el progreso del SEL.',
        'El progreso se informa de vez en cuando a un solo público.',
        'El progreso se informa con regularidad a los líderes, pero todavía no a las familias ni a la comunidad.',
        'El progreso llega a los líderes, a la junta, a las familias y a la comunidad según un calendario conocido.',
      ],
    },
  },
};
