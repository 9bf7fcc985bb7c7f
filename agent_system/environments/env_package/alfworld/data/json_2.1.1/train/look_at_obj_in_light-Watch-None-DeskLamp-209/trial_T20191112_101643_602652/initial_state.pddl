(define (problem plan_trial_T20191112_101643_602652)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        RemoteControlType - otype
        WatchType - otype
        CoffeeTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Watch_bar__minus_00_dot_99_bar__plus_03_dot_19_bar__minus_01_dot_77 - object
        Watch_bar__minus_00_dot_68_bar__plus_02_dot_99_bar__plus_02_dot_79 - object
        CreditCard_bar__plus_01_dot_69_bar__plus_00_dot_02_bar__plus_02_dot_41 - object
        RemoteControl_bar__plus_00_dot_73_bar__plus_00_dot_82_bar__minus_02_dot_01 - object
        DeskLamp_bar__minus_01_dot_16_bar__plus_02_dot_77_bar__minus_02_dot_35 - object
        CoffeeTable_bar__plus_03_dot_23_bar__plus_00_dot_45_bar__plus_02_dot_99 - receptacle
        Drawer_bar__minus_03_dot_02_bar__plus_03_dot_27_bar__minus_00_dot_65 - receptacle
        Drawer_bar__plus_01_dot_28_bar__plus_00_dot_97_bar__minus_00_dot_17 - receptacle
        GarbageCan_bar__plus_03_dot_40_bar__plus_00_dot_78_bar__minus_00_dot_53 - receptacle
        SideTable_bar__plus_00_dot_62_bar__plus_03_dot_32_bar__plus_01_dot_57 - receptacle
        SideTable_bar__minus_01_dot_91_bar__plus_02_dot_75_bar__minus_02_dot_37 - receptacle
        Sofa_bar__plus_01_dot_00_bar__plus_01_dot_16_bar__plus_02_dot_75 - receptacle
        loc_bar_3_bar_5_bar_3_bar_60 - location
        loc_bar_8_bar_6_bar_1_bar_60 - location
        loc_bar_8_bar__minus_7_bar_2_bar_0 - location
        loc_bar__minus_5_bar_3_bar_1_bar__minus_30 - location
        loc_bar__minus_6_bar_2_bar_0_bar_45 - location
        loc_bar__minus_6_bar_4_bar_2_bar_45 - location
        loc_bar__minus_7_bar__minus_8_bar_2_bar_15 - location
        loc_bar__minus_8_bar__minus_6_bar_0_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar_2_bar_0_bar_45)
        (receptacleType CoffeeTable_bar__plus_03_dot_23_bar__plus_00_dot_45_bar__plus_02_dot_99 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_03_dot_23_bar__plus_00_dot_45_bar__plus_02_dot_99 loc_bar_8_bar__minus_7_bar_2_bar_0)
        (receptacleType Drawer_bar__minus_03_dot_02_bar__plus_03_dot_27_bar__minus_00_dot_65 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_03_dot_02_bar__plus_03_dot_27_bar__minus_00_dot_65 loc_bar_3_bar_5_bar_3_bar_60)
        (openable Drawer_bar__minus_03_dot_02_bar__plus_03_dot_27_bar__minus_00_dot_65)
        (receptacleType Drawer_bar__plus_01_dot_28_bar__plus_00_dot_97_bar__minus_00_dot_17 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_28_bar__plus_00_dot_97_bar__minus_00_dot_17 loc_bar_8_bar_6_bar_1_bar_60)
        (openable Drawer_bar__plus_01_dot_28_bar__plus_00_dot_97_bar__minus_00_dot_17)
        (receptacleType GarbageCan_bar__plus_03_dot_40_bar__plus_00_dot_78_bar__minus_00_dot_53 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_03_dot_40_bar__plus_00_dot_78_bar__minus_00_dot_53 loc_bar__minus_5_bar_3_bar_1_bar__minus_30)
        (receptacleType SideTable_bar__plus_00_dot_62_bar__plus_03_dot_32_bar__plus_01_dot_57 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_62_bar__plus_03_dot_32_bar__plus_01_dot_57 loc_bar__minus_8_bar__minus_6_bar_0_bar_15)
        (receptacleType SideTable_bar__minus_01_dot_91_bar__plus_02_dot_75_bar__minus_02_dot_37 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_91_bar__plus_02_dot_75_bar__minus_02_dot_37 loc_bar__minus_6_bar_4_bar_2_bar_45)
        (receptacleType Sofa_bar__plus_01_dot_00_bar__plus_01_dot_16_bar__plus_02_dot_75 SofaType)
        (receptacleAtLocation Sofa_bar__plus_01_dot_00_bar__plus_01_dot_16_bar__plus_02_dot_75 loc_bar__minus_7_bar__minus_8_bar_2_bar_15)
        (objectType Watch_bar__minus_00_dot_99_bar__plus_03_dot_19_bar__minus_01_dot_77 WatchType)
        (pickupable Watch_bar__minus_00_dot_99_bar__plus_03_dot_19_bar__minus_01_dot_77)
        (inReceptacle Watch_bar__minus_00_dot_99_bar__plus_03_dot_19_bar__minus_01_dot_77 Drawer_bar__minus_03_dot_02_bar__plus_03_dot_27_bar__minus_00_dot_65)
        (objectAtLocation Watch_bar__minus_00_dot_99_bar__plus_03_dot_19_bar__minus_01_dot_77 loc_bar_3_bar_5_bar_3_bar_60)
        (objectType Watch_bar__minus_00_dot_68_bar__plus_02_dot_99_bar__plus_02_dot_79 WatchType)
        (pickupable Watch_bar__minus_00_dot_68_bar__plus_02_dot_99_bar__plus_02_dot_79)
        (inReceptacle Watch_bar__minus_00_dot_68_bar__plus_02_dot_99_bar__plus_02_dot_79 SideTable_bar__plus_00_dot_62_bar__plus_03_dot_32_bar__plus_01_dot_57)
        (objectAtLocation Watch_bar__minus_00_dot_68_bar__plus_02_dot_99_bar__plus_02_dot_79 loc_bar__minus_8_bar__minus_6_bar_0_bar_15)
        (objectType CreditCard_bar__plus_01_dot_69_bar__plus_00_dot_02_bar__plus_02_dot_41 CreditCardType)
        (pickupable CreditCard_bar__plus_01_dot_69_bar__plus_00_dot_02_bar__plus_02_dot_41)
        (inReceptacle CreditCard_bar__plus_01_dot_69_bar__plus_00_dot_02_bar__plus_02_dot_41 CoffeeTable_bar__plus_03_dot_23_bar__plus_00_dot_45_bar__plus_02_dot_99)
        (objectAtLocation CreditCard_bar__plus_01_dot_69_bar__plus_00_dot_02_bar__plus_02_dot_41 loc_bar_8_bar__minus_7_bar_2_bar_0)
        (objectType RemoteControl_bar__plus_00_dot_73_bar__plus_00_dot_82_bar__minus_02_dot_01 RemoteControlType)
        (pickupable RemoteControl_bar__plus_00_dot_73_bar__plus_00_dot_82_bar__minus_02_dot_01)
        (inReceptacle RemoteControl_bar__plus_00_dot_73_bar__plus_00_dot_82_bar__minus_02_dot_01 CoffeeTable_bar__plus_03_dot_23_bar__plus_00_dot_45_bar__plus_02_dot_99)
        (objectAtLocation RemoteControl_bar__plus_00_dot_73_bar__plus_00_dot_82_bar__minus_02_dot_01 loc_bar_8_bar__minus_7_bar_2_bar_0)
        (objectType DeskLamp_bar__minus_01_dot_16_bar__plus_02_dot_77_bar__minus_02_dot_35 DeskLampType)
        (toggleable DeskLamp_bar__minus_01_dot_16_bar__plus_02_dot_77_bar__minus_02_dot_35)
        (inReceptacle DeskLamp_bar__minus_01_dot_16_bar__plus_02_dot_77_bar__minus_02_dot_35 SideTable_bar__plus_00_dot_62_bar__plus_03_dot_32_bar__plus_01_dot_57)
        (objectAtLocation DeskLamp_bar__minus_01_dot_16_bar__plus_02_dot_77_bar__minus_02_dot_35 loc_bar__minus_8_bar__minus_6_bar_0_bar_15)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain CoffeeTableType WatchType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType RemoteControlType)
        (canContain DrawerType WatchType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType RemoteControlType)
        (canContain SideTableType WatchType)
        (canContain SofaType CreditCardType)
        (canContain SofaType RemoteControlType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o WatchType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
