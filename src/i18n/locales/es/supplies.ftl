# Suministros: artículos en existencia, proveedores, pedidos y reposición.
nav-supplies = Suministros
supplies-title = Suministros
supplies-intro = Lo que la oficina tiene en existencia, lo que se está agotando y los pedidos que lo reponen.
supplies-unknown-vendor = Proveedor desconocido
supplies-unknown-item = Artículo desconocido
briefing-subject-supply = Suministros

supplies-items-title = Artículos en existencia
supplies-items-count = { $count ->
    [one] 1 artículo
   *[other] { $count } artículos
}
supplies-items-empty = Todavía no hay suministros. Añada primero los proveedores a los que pide y después cada artículo que tiene en existencia, con su nivel de reposición.
supplies-add-item = Añadir artículo
supplies-field-name = Artículo
supplies-field-unit = Unidad
supplies-unit-placeholder = caja, paquete de 500, litro
supplies-field-stock = En existencia
supplies-field-reorder-level = Nivel de reposición
supplies-field-vendor = Proveedor
supplies-field-quantity = Cantidad
supplies-field-item = Artículo
supplies-no-vendor = Sin proveedor
supplies-stock = { $stock } { $unit }
supplies-stock-change = Retirar o añadir
supplies-reorder-badge = Reponer
supplies-take = Retirar
supplies-add-stock = Añadir

supplies-vendors-title = Proveedores
supplies-vendors-empty = Todavía no hay proveedores. Añada las tiendas y los proveedores a los que pide, para que los artículos puedan indicar su proveedor y se puedan preparar pedidos.
supplies-add-vendor = Añadir proveedor
supplies-field-vendor-name = Proveedor
supplies-field-contact = Contacto
supplies-contact-placeholder = nombre, teléfono, correo o tienda en línea
supplies-field-lead-days = Plazo de entrega (días)
supplies-lead-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}

supplies-reorder-title = Por reponer
supplies-reorder-rule = Artículos en su nivel de reposición o por debajo. Preparar pedidos crea un pedido por proveedor, con lo suficiente de cada artículo para llevar sus existencias al doble de su nivel de reposición. Los artículos sin proveedor, o que ya están en un pedido abierto, no se incluyen.
supplies-reorder-empty = Nada por reponer: todos los artículos están por encima de su nivel de reposición.
supplies-draft-orders = Preparar pedidos
supplies-drafted = { $count ->
    [one] 1 pedido preparado. Revíselo abajo y márquelo después como enviado.
   *[other] { $count } pedidos preparados. Revíselos abajo y márquelos después como enviados.
}
supplies-reorder-levels = { $stock } { $unit } en existencia, nivel de reposición { $level }
supplies-reorder-will-order = se pedirán { $quantity } a { $vendor }
supplies-reorder-on-order = ya está en un pedido abierto
supplies-reorder-needs-vendor = necesita un proveedor: edite el artículo para elegir uno

supplies-orders-title = Pedidos
supplies-orders-count = { $count ->
    [one] 1 pedido
   *[other] { $count } pedidos
}
supplies-orders-empty = Todavía no hay pedidos. Use «Preparar pedidos» cuando se agoten artículos, o empiece aquí un pedido a un proveedor.
supplies-orders-no-match = No hay pedidos con este estado.
supplies-orders-all = Todos los pedidos
supplies-choose-vendor = Elija un proveedor
supplies-choose-item = Elija un artículo
supplies-new-order = Nuevo pedido
supplies-add-line = Añadir al pedido
supplies-order-drafted = Preparado el { $date } por { $name }
supplies-order-sent = Enviado el { $date } por { $name }
supplies-order-received = Recibido el { $date } por { $name }
supplies-mark-sent = Marcar como enviado
supplies-mark-received = Marcar como recibido
supplies-remove-draft = Eliminar borrador
supplies-remove-draft-confirm = ¿Eliminar este pedido en borrador?
order-status-draft = Borrador
order-status-sent = Enviado
order-status-received = Recibido
